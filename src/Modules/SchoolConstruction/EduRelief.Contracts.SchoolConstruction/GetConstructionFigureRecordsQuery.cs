using EduRelief.SharedKernel.Figures;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.SchoolConstruction;

/// <summary>
/// The records one construction figure counts, by the figure's own definition and the caller's scope: the year's
/// spending (summed), the schools built or expanded, the completed projects (seats summed), the D-grade buildings
/// (area summed), the rural schools' classrooms (coverage as a ratio), each school's equipment (online classrooms summed).
/// </summary>
public sealed record GetConstructionFigureRecordsQuery(int Year, ConstructionFigure Figure) : IQuery<FigureRecords>;
