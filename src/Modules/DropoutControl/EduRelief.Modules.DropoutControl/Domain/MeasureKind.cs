namespace EduRelief.Modules.DropoutControl.Domain;

/// <summary>
/// What a measure of the return plan (一人一策) does. An aid referral goes to Subsidies, a vocational route to Vocational,
/// home-delivered teaching to SpecialNeeds; counselling and other measures stay with the case's owners.
/// </summary>
internal enum MeasureKind
{
    Counselling,
    AidReferral,
    VocationalRoute,
    HomeDeliveredTeaching,
    Other,
}
