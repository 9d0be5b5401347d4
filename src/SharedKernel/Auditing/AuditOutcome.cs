namespace EduRelief.SharedKernel.Auditing;

public enum AuditOutcome
{
    Succeeded,
    Refused,
    Failed,
}
