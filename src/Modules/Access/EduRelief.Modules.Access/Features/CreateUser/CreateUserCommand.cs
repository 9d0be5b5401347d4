using EduRelief.Modules.Access.Features.Shared;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Access.Features.CreateUser;

internal sealed record CreateUserCommand : ICommand<UserResponse>, IAudited
{
    public string? UserName { get; init; }

    public string? Password { get; init; }

    public UserAccessInput Access { get; init; } = new();

    public string AuditRecords => $"user:{UserName}";
}
