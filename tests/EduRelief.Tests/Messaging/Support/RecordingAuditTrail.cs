using EduRelief.SharedKernel.Auditing;

namespace EduRelief.Tests.Messaging.Support;

/// <summary>An audit trail that keeps what it is given, for the test to read.</summary>
internal sealed class RecordingAuditTrail : IAuditTrail
{
    public List<AuditRecord> Records { get; } = [];

    public Task RecordAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        Records.Add(record);
        return Task.CompletedTask;
    }
}
