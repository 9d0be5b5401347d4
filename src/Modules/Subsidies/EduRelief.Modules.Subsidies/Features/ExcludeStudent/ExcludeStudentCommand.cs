using System.Text.Json.Serialization;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using MediatR;

namespace EduRelief.Modules.Subsidies.Features.ExcludeStudent;

internal sealed record ExcludeStudentCommand : ICommand<Unit>, IAudited
{
    [JsonIgnore]
    public Guid BatchId { get; init; }

    public string? NationalId { get; init; }

    public string? Reason { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"batch:{BatchId}";
}
