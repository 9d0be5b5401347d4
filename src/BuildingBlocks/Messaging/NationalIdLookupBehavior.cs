using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Messaging;
using MediatR;

namespace EduRelief.BuildingBlocks.Messaging;

/// <summary>
/// Limits guessing through <see cref="INationalIdLookup{TResponse}"/> queries: a caller who sees IDs masked and
/// has had too many lookups find nothing is refused further lookups until the oldest miss expires. Callers who
/// see full IDs learn nothing from a lookup they could not read from a list.
/// </summary>
public sealed class NationalIdLookupBehavior<TRequest, TResponse>(ICallerContext caller, LookupMisses misses) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not INationalIdLookup<TResponse> { SoughtNationalId: { Length: > 0 } } lookup
            || caller.CanSeeFullNationalIds || caller.UserName is not { Length: > 0 } user)
        {
            return await next().ConfigureAwait(false);
        }

        if (misses.Admit(user) is { } wait)
        {
            throw new TooManyLookupsException(wait);
        }

        var response = await next().ConfigureAwait(false);
        if (!lookup.FoundAny(response))
        {
            misses.Missed(user);
        }

        return response;
    }
}
