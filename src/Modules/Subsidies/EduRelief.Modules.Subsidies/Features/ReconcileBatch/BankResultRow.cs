namespace EduRelief.Modules.Subsidies.Features.ReconcileBatch;

internal sealed record BankResultRow(int Line, string NationalId, decimal Amount, bool Paid, string Reference, string? Reason);
