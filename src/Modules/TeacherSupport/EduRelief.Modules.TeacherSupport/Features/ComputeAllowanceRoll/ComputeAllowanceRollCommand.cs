using System.Text.Json.Serialization;
using EduRelief.Modules.TeacherSupport.Features.GetAllowanceRoll;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.TeacherSupport.Features.ComputeAllowanceRoll;

/// <summary>Computes (or recomputes, until approved) a month's roll now, as the job does for the current month.</summary>
internal sealed record ComputeAllowanceRollCommand(string? Month) : ICommand<AllowanceRollResponse>, IAudited, IDatedCommand
{
    public string AuditRecords => $"allowance roll:{Month}";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [DatedField.InYear("month", Month)];
}
