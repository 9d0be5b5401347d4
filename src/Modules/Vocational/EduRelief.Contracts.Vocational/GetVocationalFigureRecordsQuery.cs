using EduRelief.SharedKernel.Figures;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.Vocational;

/// <summary>The records one vocational figure counts, in the caller's scope: the year's enrolments of poor-household students (one row each), or the year's graduates with a recorded outcome and whether they are employed (the employment rate as a ratio).</summary>
public sealed record GetVocationalFigureRecordsQuery(int Year, VocationalFigure Figure) : IQuery<FigureRecords>;
