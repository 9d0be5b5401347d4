namespace EduRelief.SharedKernel.Auditing;

/// <summary>Where audit entries go. The Access module keeps them, append-only.</summary>
public interface IAuditTrail
{
    Task RecordAsync(AuditRecord record, CancellationToken cancellationToken);
}
