using EduRelief.SharedKernel.Localization;

namespace EduRelief.Modules.Registry.Features.Shared;

/// <summary>Messages more than one Registry feature reports, built per call so they speak the caller's language.</summary>
internal static class RegistryText
{
    public static UserText NoSchool(string code) => new($"学校代码 '{code}' 不存在", $"no school has code '{code}'");

    public static UserText NoTownship(string code) => new($"乡镇代码 '{code}' 不存在", $"no township has code '{code}'");

    public static UserText NotADate(string text) => new($"'{text}' 不是 YYYY-MM-DD 格式的日期", $"'{text}' is not a date in the form YYYY-MM-DD");

    public static UserText MissingColumn(string english, string chinese) =>
        new($"缺少必需的列 {english}（{chinese}）", $"the required column {english} ({chinese}) is missing");
}
