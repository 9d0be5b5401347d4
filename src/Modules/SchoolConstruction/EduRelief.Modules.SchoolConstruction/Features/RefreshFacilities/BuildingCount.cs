namespace EduRelief.Modules.SchoolConstruction.Features.RefreshFacilities;

/// <summary>One school's standing buildings, as one grouped query counts them.</summary>
internal sealed class BuildingCount
{
    public required string School { get; init; }

    public int Buildings { get; init; }

    public int DGradeBuildings { get; init; }

    public decimal DGradeArea { get; init; }

    public int OverdueAppraisals { get; init; }
}
