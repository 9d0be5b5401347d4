using EduRelief.Modules.Access.Features.Shared;
using EduRelief.SharedKernel.Auditing;
using MediatR;

namespace EduRelief.Modules.Access.Features.CreateUser;

internal sealed record CreateUserCommand : IRequest<UserResponse>, IAudited
{
    public string? UserName { get; init; }

    public string? Password { get; init; }

    public UserAccessInput Access { get; init; } = new();

    public string AuditRecords => $"user:{UserName}";
}
