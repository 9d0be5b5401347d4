namespace EduRelief.Modules.DropoutControl.Features.GetFigures;

/// <summary>One student behind a figure: the case when the figure counts cases; the national ID as the caller may see it.</summary>
internal sealed record FigureRecord(Guid StudentId, string NationalId, string Name, string TownshipCode, string? SchoolCode, Guid? CaseId);
