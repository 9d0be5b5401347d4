using EduRelief.SharedKernel.Localization;

namespace EduRelief.Modules.Registry.Features.Shared;

/// <summary>Messages more than one Registry feature reports, built per call so they speak the caller's language.</summary>
internal static class RegistryText
{
    public static UserText NoSchool(string code) => new($"学校代码 '{code}' 不存在", $"no school has code '{code}'");

    public static UserText NoTownship(string code) => new($"乡镇代码 '{code}' 不存在", $"no township has code '{code}'");

    public static UserText NotADate(string text) => new($"'{text}' 不是 YYYY-MM-DD 格式的日期", $"'{text}' is not a date in the form YYYY-MM-DD");

    /// <summary>
    /// A national ID already registered at a school outside the caller's scope. Refusing at all confirms the ID is
    /// registered somewhere (the ID is unique, so it cannot be taken as absent), but nothing says where or by whom.
    /// </summary>
    public static UserText NotYoursToRegister() => new(
        "该身份证号不能由您登记；如该学生已转入您的学校，请由县教育局办理转学",
        "this national ID cannot be registered from your account; if the student has moved to your school, the county office records the transfer");

    public static UserText MissingColumn(string english, string chinese) =>
        new($"缺少必需的列 {english}（{chinese}）", $"the required column {english} ({chinese}) is missing");
}
