namespace EduRelief.Host.Admin;

internal sealed record UpdateJobRequest(string? Cron);
