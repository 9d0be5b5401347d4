namespace EduRelief.Host.Demo.County;

/// <summary>A payment out of a project (进度款), in yuan.</summary>
internal sealed record PlannedSpending(DateOnly SpentOn, decimal Amount, string Purpose);
