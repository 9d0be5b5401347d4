namespace EduRelief.Modules.Subsidies.Features.ReconcileBatch;

internal sealed record BankRowError(int Line, string Field, string Message);
