using EduRelief.SharedKernel.Figures;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.SpecialNeeds;

/// <summary>The records one special-needs figure counts, in the caller's scope: the left-behind children's homes open on the counting day (one row each), or every disabled child of school age with whether they are placed at school (the enrolment rate as a ratio).</summary>
public sealed record GetSpecialNeedsFigureRecordsQuery(int Year, SpecialNeedsFigure Figure) : IQuery<FigureRecords>;
