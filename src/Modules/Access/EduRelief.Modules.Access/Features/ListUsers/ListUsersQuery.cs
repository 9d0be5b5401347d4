using EduRelief.Modules.Access.Features.Shared;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Access.Features.ListUsers;

internal sealed record ListUsersQuery : IQuery<IReadOnlyList<UserResponse>>;
