using EduRelief.Modules.TeacherSupport.Features.GetAllowanceRoll;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.TeacherSupport.Features.ComputeAllowanceRoll;

/// <summary>Computes (or recomputes, until approved) a month's roll now, as the job does for the current month.</summary>
internal sealed record ComputeAllowanceRollCommand(string? Month) : ICommand<AllowanceRollResponse>, IAudited
{
    public string AuditRecords => $"allowance roll:{Month}";
}
