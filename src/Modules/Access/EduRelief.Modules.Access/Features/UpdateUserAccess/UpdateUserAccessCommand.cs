using EduRelief.Modules.Access.Features.Shared;
using EduRelief.SharedKernel.Auditing;
using MediatR;

namespace EduRelief.Modules.Access.Features.UpdateUserAccess;

internal sealed record UpdateUserAccessCommand(string UserName, UserAccessInput Access) : IRequest<UserResponse>, IAudited
{
    public string AuditRecords => $"user:{UserName}";
}
