using EduRelief.Modules.Access.Data;
using EduRelief.Modules.Access.Domain;
using EduRelief.SharedKernel.Auditing;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Modules.Access.Auditing;

/// <summary>Appends to the audit log in a unit of work of its own, so a failed command still leaves its trace.</summary>
internal sealed class AuditTrail(IServiceScopeFactory scopes) : IAuditTrail
{
    public async Task RecordAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccessDbContext>();
        db.AuditEntries.Add(new AuditEntry
        {
            UserName = record.UserName,
            AtUtc = record.At.UtcDateTime,
            Module = record.Module,
            Action = record.Action,
            Records = record.Records.Length > 1000 ? record.Records[..1000] : record.Records,
            Outcome = record.Outcome,
            Detail = record.Detail,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
