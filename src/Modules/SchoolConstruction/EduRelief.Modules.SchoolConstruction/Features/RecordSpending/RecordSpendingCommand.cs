using System.Text.Json.Serialization;
using EduRelief.Modules.SchoolConstruction.Features.GetProject;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.SchoolConstruction.Features.RecordSpending;

internal sealed record RecordSpendingCommand : ICommand<SpendingResponse>, IAudited, IDatedCommand
{
    [JsonIgnore]
    public string Code { get; init; } = string.Empty;

    public DateOnly? SpentOn { get; init; }

    public decimal? Amount { get; init; }

    public string? Purpose { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"project:{Code} spending {Amount} on {SpentOn:yyyy-MM-dd}";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [new("spentOn", SpentOn)];
}
