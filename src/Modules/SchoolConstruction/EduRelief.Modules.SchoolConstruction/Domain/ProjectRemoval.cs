namespace EduRelief.Modules.SchoolConstruction.Domain;

/// <summary>A building of the project's school that the project demolishes when it is completed.</summary>
internal sealed class ProjectRemoval
{
    public Guid ProjectId { get; init; }

    public Guid BuildingId { get; init; }
}
