using EduRelief.SharedKernel.Localization;

namespace EduRelief.Modules.DropoutControl.Web;

/// <summary>The Chinese (and English) names the pages show for the module's codes.</summary>
internal static class Labels
{
    public static readonly string[] Stages = ["Suspected", "Confirmed", "Persuading", "Returned", "Observed", "Closed"];

    public static readonly string[] Reasons = ["Financial", "Learning", "Family", "Work", "Marriage", "Illness", "Disability", "Other"];

    public static readonly string[] Outcomes = ["Returned", "TransferredToVocational", "Exempted", "Deferred", "Other"];

    public static readonly string[] MeasureKinds = ["Counselling", "AidReferral", "VocationalRoute", "HomeDeliveredTeaching", "Other"];

    public static readonly string[] AidReviews = ["EligibilityCheck", "ExclusionReview", "Outreach"];

    public static UserText Stage(string code) => code switch
    {
        "Suspected" => new("疑似辍学", "Suspected"),
        "Confirmed" => new("确认辍学", "Confirmed"),
        "Persuading" => new("劝返中", "Persuading"),
        "Returned" => new("已返校", "Returned"),
        "Observed" => new("复学观察", "Observed"),
        "Closed" => new("已销号", "Closed"),
        _ => new(code, code),
    };

    public static UserText Reason(string code) => code switch
    {
        "Financial" => new("经济困难", "Financial"),
        "Learning" => new("厌学或学习困难", "Learning"),
        "Family" => new("家庭原因", "Family"),
        "Work" => new("外出务工", "Work"),
        "Marriage" => new("早婚早育", "Marriage"),
        "Illness" => new("疾病", "Illness"),
        "Disability" => new("残疾", "Disability"),
        _ => new("其他", "Other"),
    };

    public static UserText Outcome(string code) => code switch
    {
        "Returned" => new("劝返复学", "Returned"),
        "TransferredToVocational" => new("转入职业教育", "Transferred to vocational"),
        "Exempted" => new("因病免学（经批准）", "Exempted"),
        "Deferred" => new("缓学或休学（经批准）", "Deferred"),
        _ => new("其他", "Other"),
    };

    public static UserText MeasureKind(string code) => code switch
    {
        "Counselling" => new("心理辅导与谈心", "Counselling"),
        "AidReferral" => new("资助转介", "Aid referral"),
        "VocationalRoute" => new("职业教育分流", "Vocational route"),
        "HomeDeliveredTeaching" => new("送教上门", "Home-delivered teaching"),
        _ => new("其他措施", "Other"),
    };

    public static UserText AidReview(string code) => code switch
    {
        "EligibilityCheck" => new("核查资助资格与发放", "Eligibility and payment check"),
        "ExclusionReview" => new("复核不予资助", "Exclusion review"),
        _ => new("上门宣传资助政策", "Outreach visit"),
    };

    public static UserText Role(string code) => code switch
    {
        "County" => new("县级责任人", "County"),
        "Township" => new("乡镇责任人", "Township"),
        "Village" => new("村级责任人", "Village"),
        "Bureau" => new("教育局责任人", "Bureau"),
        "School" => new("学校责任人", "School"),
        _ => new("班主任", "Class teacher"),
    };

    public static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;

    public static UserText YesNo(bool value) => value ? new("是", "Yes") : new("否", "No");
}
