using EduRelief.Modules.Access.Features.Shared;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Access.Features.UpdateUserAccess;

internal sealed record UpdateUserAccessCommand(string UserName, UserAccessInput Access) : ICommand<UserResponse>, IAudited
{
    public string AuditRecords => $"user:{UserName}";
}
