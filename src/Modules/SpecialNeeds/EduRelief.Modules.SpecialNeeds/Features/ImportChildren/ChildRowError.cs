namespace EduRelief.Modules.SpecialNeeds.Features.ImportChildren;

/// <summary>One reason one row was refused: its line in the file, the column and what is wrong.</summary>
internal sealed record ChildRowError(int Line, string Field, string Message);
