using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Localization;
using MediatR;

namespace EduRelief.BuildingBlocks.Messaging;

/// <summary>
/// Every command needs the right to change its module's data, every query the right to read it; checked once here
/// for all modules. Which records fall in the caller's scope is each handler's filter.
/// </summary>
public sealed class AuthorizationBehavior<TRequest, TResponse>(ICallerContext caller) : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (ModuleNames.Of(typeof(TRequest)) is { } module)
        {
            var command = ModuleNames.IsCommand(typeof(TRequest));
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
