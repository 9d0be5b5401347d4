using EduRelief.Modules.SchoolConstruction.Domain;

namespace EduRelief.Modules.SchoolConstruction.Features.GetBuilding;

internal sealed record AppraisalResponse(long Id, DateOnly AppraisedOn, BuildingSafetyGrade Grade, string AppraisedBy, string ReportNo, DateOnly NextDueOn, string RecordedBy)
{
    public static AppraisalResponse Of(Appraisal a) => new(a.Id, a.AppraisedOn, a.Grade, a.AppraisedBy, a.ReportNo, a.NextDueOn, a.RecordedBy);
}
