namespace EduRelief.Modules.Subsidies.Features.ExportBankFile;

/// <summary>The bank file as it leaves the system, from the API or the console: the same columns, name and sheet.</summary>
internal static class BankFile
{
    public const string SheetName = "代发明细";

    /// <summary>What a bank's 代发 (payroll-style payment) template asks for: who, into which account, how much, and the reference it returns.</summary>
    public static readonly string[] Headers = ["参考号", "身份证号", "学生姓名", "开户人", "开户银行", "银行账号", "金额"];

    public static string FileName(Guid batchId) => $"银行代发-{batchId}";
}
