namespace EduRelief.Host.Demo.County;

/// <summary>A building's safety appraisal (JGJ 125) by the county's appraisal body, under its report number.</summary>
internal sealed record PlannedAppraisal(DateOnly AppraisedOn, string Grade, string AppraisedBy, string ReportNo);
