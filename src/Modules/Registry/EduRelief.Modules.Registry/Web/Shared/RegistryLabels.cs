using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Localization;

namespace EduRelief.Modules.Registry.Web.Shared;

/// <summary>The registry's enumerations as the console shows them: Chinese first, English second.</summary>
internal static class RegistryLabels
{
    public static UserText Of(HardshipCategory category) => category switch
    {
        HardshipCategory.RegisteredPoorHousehold => new("建档立卡贫困户", "Registered poor household"),
        HardshipCategory.SubsistenceAllowance => new("低保户", "Subsistence allowance"),
        HardshipCategory.ExtremePoverty => new("特困供养", "Extreme poverty"),
        HardshipCategory.DisabledHousehold => new("残疾人家庭", "Disabled household"),
        HardshipCategory.Orphan => new("孤儿", "Orphan"),
        _ => new(category.ToString(), category.ToString()),
    };

    public static UserText Of(StudentStatus status) => status switch
    {
        StudentStatus.Enrolled => new("在读", "Enrolled"),
        StudentStatus.Suspended => new("休学", "Suspended"),
        StudentStatus.DroppedOut => new("辍学", "Dropped out"),
        StudentStatus.Transferred => new("转出", "Transferred"),
        StudentStatus.Graduated => new("毕业", "Graduated"),
        _ => new(status.ToString(), status.ToString()),
    };

    public static UserText Of(Stage stage) => stage switch
    {
        Stage.Preschool => new("学前", "Preschool"),
        Stage.Primary => new("小学", "Primary"),
        Stage.JuniorSecondary => new("初中", "Junior secondary"),
        Stage.SeniorSecondary => new("高中", "Senior secondary"),
        Stage.SecondaryVocational => new("中职", "Secondary vocational"),
        Stage.Special => new("特殊教育", "Special"),
        _ => new(stage.ToString(), stage.ToString()),
    };

    public static UserText Of(DisabilityCategory category) => category switch
    {
        DisabilityCategory.Visual => new("视力", "Visual"),
        DisabilityCategory.Hearing => new("听力", "Hearing"),
        DisabilityCategory.Speech => new("言语", "Speech"),
        DisabilityCategory.Physical => new("肢体", "Physical"),
        DisabilityCategory.Intellectual => new("智力", "Intellectual"),
        DisabilityCategory.Mental => new("精神", "Mental"),
        DisabilityCategory.Multiple => new("多重", "Multiple"),
        DisabilityCategory.Other => new("其他", "Other"),
        _ => new(category.ToString(), category.ToString()),
    };

    public static UserText Of(SchoolLocation location) => location == SchoolLocation.Urban ? new("城镇", "Urban") : new("农村", "Rural");

    public static UserText YesNo(bool value) => value ? new("是", "Yes") : new("否", "No");

    public static string Categories(IEnumerable<HardshipCategory> categories) => string.Join("、", categories.Select(c => Of(c).ToString()));
}
