using EduRelief.Modules.Access.Domain;
using EduRelief.Modules.Access.Features.Shared;
using EduRelief.Modules.Access.Sessions;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Modules;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace EduRelief.Modules.Access.Features.UpdateUserAccess;

internal sealed class UpdateUserAccessHandler(
    UserManager<AccessUser> users, ICallerContext caller, SessionStates sessions, IMediator mediator, IModuleDirectory modules, TimeProvider time)
    : IRequestHandler<UpdateUserAccessCommand, UserResponse>
{
    public async Task<UserResponse> Handle(UpdateUserAccessCommand request, CancellationToken cancellationToken)
    {
        if (string.Equals(request.UserName, caller.UserName, StringComparison.OrdinalIgnoreCase))
        {
            throw new ForbiddenException(new UserText("不能修改自己的角色或范围，请联系其他管理员", "nobody may change their own roles or scope; ask another administrator"));
        }

        var user = await users.FindByNameAsync(request.UserName) ?? throw new NotFoundException("User", request.UserName);
        await UserPlaceRules.CheckAsync(request.Access, mediator, modules, cancellationToken);
        await UserAccessWriter.ApplyAsync(users, user, request.Access);
        sessions.ForgetUser(user.Id);
        return await users.ToResponseAsync(user, time.GetUtcNow());
    }
}
