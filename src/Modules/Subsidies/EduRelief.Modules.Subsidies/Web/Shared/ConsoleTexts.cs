using EduRelief.Contracts.Subsidies;
using EduRelief.Modules.Subsidies.Domain;
using EduRelief.SharedKernel.Localization;

namespace EduRelief.Modules.Subsidies.Web.Shared;

/// <summary>The API's status codes as the console shows them; unknown codes are shown as they came.</summary>
internal static class ConsoleTexts
{
    public static UserText BatchStatusName(string code) =>
        Enum.TryParse<BatchStatus>(code, out var status) ? new UserText(StatusNames.Chinese(status), code) : new UserText(code, code);

    public static UserText LineStatusName(string code) =>
        Enum.TryParse<LineStatus>(code, out var status) ? new UserText(StatusNames.Chinese(status), code) : new UserText(code, code);

    public static UserText PaymentStatusName(string code) => code switch
    {
        nameof(PaymentStatus.Reserved) => new UserText("待支付", code),
        nameof(PaymentStatus.Paid) => new UserText("已支付", code),
        _ => new UserText(code, code),
    };

    public static UserText ProgrammeName(ProgrammeCode programme) => programme switch
    {
        ProgrammeCode.LivingSubsidy => new("生活补助", "Living subsidy"),
        ProgrammeCode.NutritionImprovement => new("营养改善计划", "School meals"),
        ProgrammeCode.RainDew => new("雨露计划", "Rain-Dew"),
        ProgrammeCode.TuitionWaiver => new("免学费", "Tuition waiver"),
        ProgrammeCode.TextbookWaiver => new("免教科书费", "Free textbooks"),
        ProgrammeCode.SecondaryVocationalGrant => new("中职国家助学金", "Secondary vocational grant"),
        _ => new("学前教育资助", "Preschool aid"),
    };

    /// <summary>What a dropout case's aid referral asks the relief office to review, by DropoutControl's code.</summary>
    public static UserText AidReviewName(string code) => code switch
    {
        "EligibilityCheck" => new("核查资助资格与发放", "Eligibility and payment check"),
        "ExclusionReview" => new("复核不予资助", "Exclusion review"),
        "Outreach" => new("上门宣传资助政策", "Outreach visit"),
        _ => new(code, code),
    };

    /// <summary>A dropout case's reasons, as DropoutControl's codes name them on a referral (Financial, Learning, …).</summary>
    public static UserText DropoutReasons(IEnumerable<string> codes)
    {
        var names = codes.Select(DropoutReason).ToList();
        return new(string.Join("、", names.Select(n => n.Chinese)), string.Join(", ", names.Select(n => n.English)));
    }

    public static string Money(decimal amount) => amount.ToString("N2", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An instant in the county's time zone, to the minute.</summary>
    public static string Instant(DateTimeOffset? at, EduRelief.SharedKernel.Time.CountyClock county) =>
        at is { } value ? TimeZoneInfo.ConvertTime(value, county.TimeZone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : string.Empty;

    private static UserText DropoutReason(string code) => code switch
    {
        "Financial" => new("经济困难", "financial"),
        "Learning" => new("厌学或学习困难", "learning"),
        "Family" => new("家庭原因", "family"),
        "Work" => new("外出务工", "work"),
        "Marriage" => new("早婚早育", "marriage"),
        "Illness" => new("疾病", "illness"),
        "Disability" => new("残疾", "disability"),
        "Other" => new("其他", "other"),
        _ => new(code, code),
    };
}
