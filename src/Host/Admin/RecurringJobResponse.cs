namespace EduRelief.Host.Admin;

internal sealed record RecurringJobResponse(
    string Id,
    string Description,
    string Cron,
    string TimeZone,
    DateTime? LastRun,
    DateTime? NextRun,
    string? LastJobId,
    string? LastState,
    string? LastResult);
