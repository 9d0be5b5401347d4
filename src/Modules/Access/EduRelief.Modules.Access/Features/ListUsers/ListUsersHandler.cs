using EduRelief.Modules.Access.Domain;
using EduRelief.Modules.Access.Features.Shared;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Access.Features.ListUsers;

internal sealed class ListUsersHandler(UserManager<AccessUser> users, TimeProvider time) : IRequestHandler<ListUsersQuery, IReadOnlyList<UserResponse>>
{
    public async Task<IReadOnlyList<UserResponse>> Handle(ListUsersQuery request, CancellationToken cancellationToken)
    {
        var all = await users.Users.OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        var result = new List<UserResponse>(all.Count);
        foreach (var user in all)
        {
            result.Add(await users.ToResponseAsync(user, now));
        }

        return result;
    }
}
