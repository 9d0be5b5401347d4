using System.Text.Json.Serialization;
using EduRelief.Modules.TeacherSupport.Features.GetAllowanceRoll;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.TeacherSupport.Features.ApproveAllowanceRoll;

internal sealed record ApproveAllowanceRollCommand(string? Month) : ICommand<AllowanceRollResponse>, IAudited, IDatedCommand
{
    public string AuditRecords => $"allowance roll:{Month}";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [DatedField.InYear("month", Month)];
}
