using EduRelief.Modules.Access.Features.Shared;
using MediatR;

namespace EduRelief.Modules.Access.Features.ListUsers;

internal sealed record ListUsersQuery : IRequest<IReadOnlyList<UserResponse>>;
