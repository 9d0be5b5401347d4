namespace EduRelief.Modules.SchoolConstruction.Features.GetFigures;

/// <summary>A school built, expanded or renovated in the year, with the completed projects that did it.</summary>
internal sealed record BuiltSchoolRow(string SchoolCode, string TownshipCode, string Projects);
