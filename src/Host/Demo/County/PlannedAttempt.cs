namespace EduRelief.Host.Demo.County;

/// <summary>One persuasion attempt (劝返) of a dropout case.</summary>
internal sealed record PlannedAttempt(DateOnly On, string By, string Method, string Result);
