namespace EduRelief.Modules.Access.Features.ListAuditEntries;

internal sealed record AuditEntryResponse(long Id, string UserName, DateTime AtUtc, string Module, string Action, string Records, string Outcome, string? Detail);
