using EduRelief.SharedKernel.Periods;
using MediatR;

namespace EduRelief.BuildingBlocks.Periods;

/// <summary>Runs after validation, so every dated field it reads has been checked.</summary>
public sealed class PeriodLockBehavior<TRequest, TResponse>(PeriodGuard guard) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is IDatedCommand dated)
        {
            foreach (var field in dated.DatedFields)
            {
                await guard.EnsureOpenAsync(field.Field, field.Day, cancellationToken);
            }
        }

        return await next();
    }
}
