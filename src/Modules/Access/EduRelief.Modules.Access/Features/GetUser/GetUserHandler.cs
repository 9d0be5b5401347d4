using EduRelief.Modules.Access.Domain;
using EduRelief.Modules.Access.Features.Shared;
using EduRelief.SharedKernel.Errors;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace EduRelief.Modules.Access.Features.GetUser;

internal sealed class GetUserHandler(UserManager<AccessUser> users, TimeProvider time) : IRequestHandler<GetUserQuery, UserResponse>
{
    public async Task<UserResponse> Handle(GetUserQuery request, CancellationToken cancellationToken)
    {
        var user = await users.FindByNameAsync(request.UserName) ?? throw new NotFoundException("User", request.UserName);
        return await users.ToResponseAsync(user, time.GetUtcNow());
    }
}
