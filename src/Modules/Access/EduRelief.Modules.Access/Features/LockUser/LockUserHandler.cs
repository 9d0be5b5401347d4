using EduRelief.Modules.Access.Domain;
using EduRelief.Modules.Access.Features.Shared;
using EduRelief.Modules.Access.Sessions;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Localization;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace EduRelief.Modules.Access.Features.LockUser;

/// <summary>
/// Sign-in failures no longer lock an account (a stranger could lock a colleague out); an administrator does. The
/// security stamp changes, so the user's tokens and cookies are refused from their next request on.
/// </summary>
internal sealed class LockUserHandler(UserManager<AccessUser> users, ICallerContext caller, SessionStates sessions, TimeProvider time)
    : IRequestHandler<LockUserCommand, UserResponse>
{
    public async Task<UserResponse> Handle(LockUserCommand request, CancellationToken cancellationToken)
    {
        var user = await users.FindByNameAsync(request.UserName) ?? throw new NotFoundException("User", request.UserName);
        if (string.Equals(user.UserName, caller.UserName, StringComparison.OrdinalIgnoreCase))
        {
            throw new ForbiddenException(new UserText("不能锁定或解锁自己，请联系其他管理员", "nobody may lock or unlock themselves; ask another administrator"));
        }

        (await users.SetLockoutEnabledAsync(user, true)).Ensure();
        (await users.SetLockoutEndDateAsync(user, request.Locked ? time.GetUtcNow().AddYears(100) : null)).Ensure();
        (await users.UpdateSecurityStampAsync(user)).Ensure();
        sessions.ForgetUser(user.Id);
        return await users.ToResponseAsync(user, time.GetUtcNow());
    }
}
