using EduRelief.SharedKernel.Figures;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.Subsidies;

/// <summary>
/// The records one subsidies figure counts, by the figure's own definition and the caller's scope: the year's paid
/// awards (amounts summed, or one person-time each), every student the living subsidy is for with whether they were
/// paid (coverage as a ratio), the outreach activities (materials summed).
/// </summary>
public sealed record GetSubsidiesFigureRecordsQuery(int Year, SubsidiesFigure Figure) : IQuery<FigureRecords>;
