namespace EduRelief.Modules.SchoolConstruction.Domain;

/// <summary>A project's stages, in the only order it may pass them; Accepted is 验收.</summary>
internal enum ProjectStatus
{
    Planned,
    Approved,
    UnderConstruction,
    Completed,
    Accepted,
}
