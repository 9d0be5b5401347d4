using System.Globalization;
using EduRelief.SharedKernel.Localization;

namespace EduRelief.Modules.DropoutControl.Domain;

/// <summary>What the return plan (一人一策) tells its users, in their language, and the labels its steps carry into the student file.</summary>
internal static class PlanText
{
    public static UserText DueBeforePlanned(DateOnly plannedOn) =>
        new($"完成期限早于制定措施的日期 {Day(plannedOn)}", $"the due date is before the measure was planned ({Day(plannedOn)})");

    public static UserText DoneBeforePlanned(DateOnly plannedOn) =>
        new($"完成日期早于制定措施的日期 {Day(plannedOn)}", $"is before the measure was planned ({Day(plannedOn)})");

    public static UserText AlreadyDone(DateOnly doneOn) =>
        new($"该措施已于 {Day(doneOn)} 完成", $"the measure was already completed on {Day(doneOn)}");

    public static UserText AidReviewOnlyForAid() =>
        new("只有资助转介（AidReferral）填写资助核查类别", "only an AidReferral names an aidReview");

    public static UserText AidReviewNeeded() =>
        new("资助转介须填写核查类别：EligibilityCheck、ExclusionReview 或 Outreach", "an AidReferral names its aidReview: EligibilityCheck, ExclusionReview or Outreach");

    public static string Kind(MeasureKind kind) => kind switch
    {
        MeasureKind.Counselling => "心理辅导与谈心",
        MeasureKind.AidReferral => "资助转介",
        MeasureKind.VocationalRoute => "职业教育分流",
        MeasureKind.HomeDeliveredTeaching => "送教上门",
        _ => "其他措施",
    };

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
