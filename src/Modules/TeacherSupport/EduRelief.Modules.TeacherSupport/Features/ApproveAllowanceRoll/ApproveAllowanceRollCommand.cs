using EduRelief.Modules.TeacherSupport.Features.GetAllowanceRoll;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.TeacherSupport.Features.ApproveAllowanceRoll;

internal sealed record ApproveAllowanceRollCommand(string? Month) : ICommand<AllowanceRollResponse>, IAudited
{
    public string AuditRecords => $"allowance roll:{Month}";
}
