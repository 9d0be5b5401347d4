using EduRelief.Modules.Registry.Features.Shared;

namespace EduRelief.Modules.Registry.Features.ExportStudents;

/// <summary>A school as an exported row names it: its place for the student, and the names a reader looks for.</summary>
internal sealed record ExportedSchool(SchoolPlace Place, string Name, string TownshipName);
