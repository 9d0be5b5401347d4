using System.Text.Json.Serialization;
using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.DropoutControl.Features.IssueNotice;

/// <summary>A deadline-to-return notice (限期返校通知书): issued on a day, the student to be back by a later one.</summary>
internal sealed record IssueNoticeCommand : ICommand<CaseResponse>, IAudited, IDatedCommand
{
    [JsonIgnore]
    public Guid CaseId { get; init; }

    public DateOnly? IssuedOn { get; init; }

    public DateOnly? ReturnBy { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"return notice: case:{CaseId} issued:{IssuedOn:yyyy-MM-dd} returnBy:{ReturnBy:yyyy-MM-dd}";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [new("issuedOn", IssuedOn)];
}
