namespace EduRelief.Modules.Subsidies.Domain;

/// <summary>How the county names a batch's and a line's status in Chinese sentences; the API keeps the codes.</summary>
internal static class StatusNames
{
    public static string Chinese(BatchStatus status) => status switch
    {
        BatchStatus.Draft => "草稿",
        BatchStatus.Approved => "已审批",
        BatchStatus.Reconciled => "已对账",
        _ => status.ToString(),
    };

    public static string Chinese(LineStatus status) => status switch
    {
        LineStatus.Pending => "待审批",
        LineStatus.Excluded => "已排除",
        LineStatus.NeedsReview => "待复核",
        LineStatus.Approved => "已审批",
        LineStatus.Paid => "已支付",
        LineStatus.Failed => "支付失败",
        LineStatus.NeedsAccount => "缺少收款账户",
        _ => status.ToString(),
    };
}
