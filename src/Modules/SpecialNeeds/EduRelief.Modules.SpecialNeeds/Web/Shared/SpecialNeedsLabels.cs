using EduRelief.Contracts.Registry;
using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.Modules.SpecialNeeds.Features.MatchRegistry;
using EduRelief.SharedKernel.Localization;

namespace EduRelief.Modules.SpecialNeeds.Web.Shared;

/// <summary>The module's codes in the users' words, for pages and exports.</summary>
internal static class SpecialNeedsLabels
{
    public static UserText Of(DisabilityCategory category) => category switch
    {
        DisabilityCategory.Visual => new("视力", "Visual"),
        DisabilityCategory.Hearing => new("听力", "Hearing"),
        DisabilityCategory.Speech => new("言语", "Speech"),
        DisabilityCategory.Physical => new("肢体", "Physical"),
        DisabilityCategory.Intellectual => new("智力", "Intellectual"),
        DisabilityCategory.Mental => new("精神", "Mental"),
        DisabilityCategory.Multiple => new("多重", "Multiple"),
        _ => new("其他", "Other"),
    };

    public static UserText Of(PlacementMode mode) => mode switch
    {
        PlacementMode.RegularClass => new("随班就读", "Regular class"),
        PlacementMode.SpecialSchool => new("特教学校", "Special school"),
        PlacementMode.HomeDelivered => new("送教上门", "Home-delivered"),
        PlacementMode.Institution => new("福利机构", "Institution"),
        _ => new("待安置", "Awaiting placement"),
    };

    public static UserText Of(MismatchKind kind) => kind switch
    {
        MismatchKind.NotOnRegister => new("学籍标记残疾但未入名册", "Flagged disabled, not on the register"),
        MismatchKind.DisabilityDiffers => new("残疾类别或等级与学籍不一致", "Category or grade differs from the Registry"),
        _ => new("学龄未安置", "School age, not placed"),
    };

    /// <summary>A dropout case's reasons, as DropoutControl's codes name them on a referral (Financial, Learning, …).</summary>
    public static UserText DropoutReasons(IEnumerable<string> codes)
    {
        var names = codes.Select(DropoutReason).ToList();
        return new(string.Join("、", names.Select(n => n.Chinese)), string.Join(", ", names.Select(n => n.English)));
    }

    /// <summary>A mode's label by its code, or the figures' <c>None</c> (no plan).</summary>
    public static UserText OfMode(string code) =>
        Enum.TryParse<PlacementMode>(code, out var mode) ? Of(mode) : new("无方案", "No plan");

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
