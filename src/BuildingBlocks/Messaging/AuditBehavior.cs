using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Primitives;
using MediatR;

namespace EduRelief.BuildingBlocks.Messaging;

/// <summary>
/// The one place commands (every <see cref="ICommand{TResponse}"/>) and sensitive queries (an
/// <see cref="IQuery{TResponse}"/> that is also <see cref="IAudited"/>) are written to the audit log: who, when,
/// which action, which records, and how it ended (succeeded, refused, failed). A read refused for scope is audited too.
/// </summary>
public sealed class AuditBehavior<TRequest, TResponse>(ICallerContext caller, IEnumerable<IAuditTrail> trails, TimeProvider time)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var audited = RequestKind.IsCommand<TRequest, TResponse>(request) || request is IAudited;
        try
        {
            var response = await next().ConfigureAwait(false);
            if (audited)
            {
                await RecordAsync(request, AuditOutcome.Succeeded, null, cancellationToken).ConfigureAwait(false);
            }

            return response;
        }
        catch (Exception ex) when (ex is ForbiddenException or OutOfScopeException or TooManyLookupsException)
        {
            var aimedAt = ex switch
            {
                OutOfScopeException scope => $"{scope.Resource.ToLowerInvariant()}:{scope.Key}",
                TooManyLookupsException => $"nationalId:{(request as INationalIdLookup<TResponse>)?.SoughtNationalId}",
                _ => null,
            };
            await RecordAsync(request, AuditOutcome.Refused, ex.Message, CancellationToken.None, aimedAt).ConfigureAwait(false);
            throw;
        }
        catch (Exception ex) when (audited)
        {
            await RecordAsync(request, AuditOutcome.Failed, ex.GetType().Name + ": " + ex.Message, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    private async Task RecordAsync(TRequest request, AuditOutcome outcome, string? detail, CancellationToken cancellationToken, string? records = null)
    {
        var type = typeof(TRequest);
        var record = new AuditRecord(
            caller.UserName,
            time.GetUtcNow(),
            ModuleNames.Of(type) ?? "Host",
            type.Name,
            NationalId.MaskWithin(records ?? (request as IAudited)?.AuditRecords ?? string.Empty),
            outcome,
            // Auditors may not see full IDs; an error that quotes one (a bank file's line) is kept masked.
            detail is null ? null : NationalId.MaskWithin(detail is { Length: > 1000 } ? detail[..1000] : detail));
        foreach (var trail in trails)
        {
            await trail.RecordAsync(record, cancellationToken).ConfigureAwait(false);
        }
    }
}
