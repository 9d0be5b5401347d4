namespace EduRelief.Web.Uploads;

/// <summary>One bad row of an import: the line (or sheet row), the column as the file heads it, and the reason.</summary>
public sealed record ImportRowProblem(int Line, string Field, string Message);
