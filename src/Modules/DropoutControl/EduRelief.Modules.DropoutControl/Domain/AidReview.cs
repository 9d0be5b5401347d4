namespace EduRelief.Modules.DropoutControl.Domain;

/// <summary>What an aid referral asks Subsidies to look at: whether the student is eligible and unpaid, an exclusion to review, or an outreach visit.</summary>
internal enum AidReview
{
    EligibilityCheck,
    ExclusionReview,
    Outreach,
}
