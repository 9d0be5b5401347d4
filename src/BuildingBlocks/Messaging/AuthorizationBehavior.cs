using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Messaging;
using MediatR;

namespace EduRelief.BuildingBlocks.Messaging;

/// <summary>
/// Every command (<see cref="ICommand{TResponse}"/>) needs the right to change its module's data, every query
/// (<see cref="IQuery{TResponse}"/>) the right to read it; checked once here for all modules. A request marked
/// neither is refused, never taken for a read. A <see cref="IDirectoryQuery{TResponse}"/> reads the county's
/// organisation, which every signed-in user may read; an <see cref="IAdminCommand"/> needs the Admin role. Which records fall in the caller's scope is each handler's filter.
/// </summary>
public sealed class AuthorizationBehavior<TRequest, TResponse>(ICallerContext caller) : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var command = RequestKind.IsCommand<TRequest, TResponse>(request);
        if (request is IDirectoryQuery<TResponse>)
        {
            return caller.IsAuthenticated
                ? next()
                : throw new ForbiddenException(new UserText("须先登录才能查看县内的乡镇和学校", "sign in to read the county's townships and schools"));
        }

        if (request is IAdminCommand)
        {
            return caller.Roles.Contains(Roles.Admin)
                ? next()
                : throw new ForbiddenException(new UserText($"{caller.UserName} 不是系统管理员，不能执行此操作", $"{caller.UserName} is not an Admin and may not do this"));
        }

        if (ModuleNames.Of(typeof(TRequest)) is { } module)
        {
            if (command ? !caller.CanWrite(module) : !caller.CanRead(module))
            {
                throw new ForbiddenException(new UserText(
                    $"{caller.UserName} 无权{(command ? "修改" : "查看")} {module} 模块的数据",
                    $"{caller.UserName} may not {(command ? "change" : "read")} {module} data"));
            }
        }

        return next();
    }
}
