namespace EduRelief.Modules.DropoutControl.Domain;

/// <summary>A measure as the request gives it, checked for shape; <see cref="AidReview"/> only for an aid referral.</summary>
internal sealed record MeasureDraft(MeasureKind Kind, AidReview? AidReview, string Description, string Responsible, DateOnly PlannedOn, DateOnly DueOn);
