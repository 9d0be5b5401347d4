using EduRelief.Contracts.Registry;
using EduRelief.Contracts.Subsidies;
using EduRelief.Modules.Subsidies.Catalogue;
using EduRelief.Modules.Subsidies.Domain;

namespace EduRelief.Modules.Subsidies.Features.Shared;

/// <summary>
/// Words written into the records themselves (a line's rule and note, the student file): in Chinese, the county's
/// language, whoever's request wrote them, so a record reads the same for everyone who opens it later. Messages
/// answered to a caller are <see cref="SharedKernel.Localization.UserText"/> instead.
/// </summary>
internal static class StoredText
{
    public static string Rule(ProgrammeCode programme, RateLine line) => $"{EligibilityRules.Describe(programme).Chinese}：{line.Describe().Chinese}";

    public static string BankReference(string reference) => $"银行流水号 {reference}";

    public static string BankCouldNotPay() => "银行未能支付";

    public static string NoAccount() => "审批时学籍中没有收款账户，未发放；补录账户后可纳入后续批次";

    public static string MovedToSchool(string schoolCode, DateOnly from) => $"学籍变动：{from:yyyy-MM-dd} 起转入学校 {schoolCode}";

    public static string StatusChanged(StudentStatus to, DateOnly from) => $"学籍变动：{from:yyyy-MM-dd} 起状态变为 {to}";

    public static string CategoriesChanged(IEnumerable<HardshipCategory> added, IEnumerable<HardshipCategory> removed, DateOnly from) =>
        $"学籍变动：{from:yyyy-MM-dd} 起困难类别变更（新增 {string.Join("|", added)}，移除 {string.Join("|", removed)}）";
}
