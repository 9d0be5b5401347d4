namespace EduRelief.Modules.Subsidies.Features.ReconcileBatch;

/// <summary><see cref="AlreadyRecorded"/> counts lines the same result was already applied to (an upload sent twice).</summary>
internal sealed record ReconcileResult(int Paid, int Failed, int AlreadyRecorded, int Rejected, bool Stored, IReadOnlyList<BankRowError> Errors);
