namespace EduRelief.Contracts.SchoolConstruction;

/// <summary>
/// Investment is the spending dated in the year; schools built or expanded the distinct schools with a NewBuild,
/// Expansion or Renovation project completed in it; seats added the actual seats of projects completed in it; the
/// D-grade area the floor area of buildings whose latest appraisal by the year's end is D and not demolished by then;
/// coverage and online classrooms are each school's equipment as last recorded by the year's end, coverage over rural
/// and remote schools (a school with no record counts its Registry classrooms as uncovered).
/// </summary>
public sealed record ConstructionFiguresDto
{
    public required int Year { get; init; }

    public required decimal Investment { get; init; }

    public required int SchoolsBuiltOrExpanded { get; init; }

    public required int SeatsAdded { get; init; }

    public required decimal DGradeArea { get; init; }

    public required IReadOnlyList<DGradeBuildingDto> DGradeBuildings { get; init; }

    /// <summary>Multimedia classrooms ÷ classrooms of rural and remote schools, a fraction; 1 when they have no classrooms.</summary>
    public required decimal MultimediaCoverage { get; init; }

    public required IReadOnlyList<UncoveredClassroomsDto> UncoveredClassrooms { get; init; }

    public required int OnlineClassrooms { get; init; }
}
