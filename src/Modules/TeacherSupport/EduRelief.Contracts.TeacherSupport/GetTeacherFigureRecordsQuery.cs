using EduRelief.SharedKernel.Figures;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.TeacherSupport;

/// <summary>The records one teacher figure counts, by the figure's own definition and the caller's scope: the year's hires (all, or to rural and remote schools), the attendances at courses starting in the year, the pairing activities held in it; one row each.</summary>
public sealed record GetTeacherFigureRecordsQuery(int Year, TeacherFigure Figure) : IQuery<FigureRecords>;
