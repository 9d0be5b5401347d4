using EduRelief.Modules.Access.Domain;
using EduRelief.Modules.Access.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Modules;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace EduRelief.Modules.Access.Features.CreateUser;

internal sealed class CreateUserHandler(UserManager<AccessUser> users, ICallerContext caller, IMediator mediator, IModuleDirectory modules, TimeProvider time)
    : IRequestHandler<CreateUserCommand, UserResponse>
{
    public async Task<UserResponse> Handle(CreateUserCommand request, CancellationToken cancellationToken)
    {
        if (await users.FindByNameAsync(request.UserName!) is not null)
        {
            throw new ConflictException("userName", new UserText($"用户名“{request.UserName}”已存在", $"a user named '{request.UserName}' already exists"));
        }

        await UserPlaceRules.CheckAsync(request.Access, mediator, modules, cancellationToken);
        var user = new AccessUser { UserName = request.UserName, CreatedAt = time.GetUtcNow(), CreatedBy = caller.UserName };
        var created = await users.CreateAsync(user, request.Password!);
        if (!created.Succeeded)
        {
            var field = created.Errors.All(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? "password" : "userName";
            throw new ValidationFailedException(new Dictionary<string, string[]> { [field] = created.Errors.Select(e => e.Description).ToArray() });
        }

        await UserAccessWriter.ApplyAsync(users, user, request.Access);
        return await users.ToResponseAsync(user, time.GetUtcNow());
    }
}
