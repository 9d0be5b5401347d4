using EduRelief.Modules.Access.Features.Shared;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Access.Features.LockUser;

/// <summary>Locks a user out (until unlocked) or lets them in again.</summary>
internal sealed record LockUserCommand(string UserName, bool Locked) : ICommand<UserResponse>, IAudited
{
    public string AuditRecords => $"user:{UserName}";
}
