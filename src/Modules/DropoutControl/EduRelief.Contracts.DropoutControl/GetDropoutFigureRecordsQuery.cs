using EduRelief.SharedKernel.Figures;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.DropoutControl;

/// <summary>
/// The records one dropout figure counts, in the caller's scope: the cases returned in the year or open and confirmed
/// (one row each), or every student in either count of the consolidation rate with whether they were enrolled on
/// 1 January and whether they dropped out and had not returned (the rate as one minus their ratio).
/// </summary>
public sealed record GetDropoutFigureRecordsQuery(int Year, DropoutFigure Figure) : IQuery<FigureRecords>;
