using System.Text.Json.Serialization;
using EduRelief.Modules.Reporting.Features.GetReportedYear;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Reporting.Features.UnlockYear;

internal sealed record UnlockYearCommand : ICommand<ReportedYearResponse>, IAdminCommand, IAudited
{
    [JsonIgnore]
    public int Year { get; init; }

    public string? Reason { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"year:{Year} unlocked: {Reason}";
}
