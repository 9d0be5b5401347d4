using MediatR;

namespace EduRelief.Web.Requests;

/// <summary>
/// Pages send the module's messages through the same MediatR pipeline as HTTP (authorization, scope, audit,
/// validation); the refusals the HTTP layer turns into problems come back as a <see cref="PageProblem"/>. A fault is
/// rethrown and reaches the console's error boundary.
/// </summary>
public sealed class PageSender(IMediator mediator, IProblemDescriber problems)
{
    public async Task<PageResult<T>> SendAsync<T>(IRequest<T> request, CancellationToken cancellationToken = default)
    {
        try
        {
            return new PageResult<T>(await mediator.Send(request, cancellationToken), null);
        }
        catch (Exception e) when (problems.Describe(e) is { } problem)
        {
            return new PageResult<T>(default, problem);
        }
    }
}
