using System.Text.Json.Serialization;
using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.DropoutControl.Features.ReassignOwners;

/// <summary>New owners for the roles named, from a day; the roles left out keep theirs, and the replaced owners stay as history.</summary>
internal sealed record ReassignOwnersCommand : ICommand<CaseResponse>, IAudited, IDatedCommand
{
    [JsonIgnore]
    public Guid CaseId { get; init; }

    public DateOnly? On { get; init; }

    public OwnersInput? Owners { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"dropout case owners: case:{CaseId} from:{On:yyyy-MM-dd}";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [new("on", On)];
}
