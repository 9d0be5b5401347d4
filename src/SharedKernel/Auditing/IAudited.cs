namespace EduRelief.SharedKernel.Auditing;

/// <summary>
/// A request that names the records it touches for the audit log. Every command is audited; a query is audited
/// only when it implements this (a sensitive read, such as viewing a full student file).
/// </summary>
public interface IAudited
{
    string AuditRecords { get; }
}
