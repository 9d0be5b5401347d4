using System.Text.Json.Serialization;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using MediatR;

namespace EduRelief.Modules.Subsidies.Features.SetBudget;

internal sealed record SetBudgetCommand : ICommand<Unit>, IAudited
{
    [JsonIgnore]
    public string ProgrammeCode { get; init; } = string.Empty;

    [JsonIgnore]
    public int Year { get; init; }

    public decimal? Amount { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"programme:{ProgrammeCode} budget {Year}";
}
