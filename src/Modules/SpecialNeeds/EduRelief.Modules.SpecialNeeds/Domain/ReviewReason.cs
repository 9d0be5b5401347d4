namespace EduRelief.Modules.SpecialNeeds.Domain;

/// <summary>Why the plan-review job flagged a plan.</summary>
internal enum ReviewReason
{
    PastReview,
    ShortOfVisits,
}
