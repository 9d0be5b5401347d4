using EduRelief.Modules.Subsidies.Domain;

namespace EduRelief.Modules.Subsidies.Features.ReconcileBatch;

/// <summary>What reconciliation needs of a batch line: enough to check a bank row against it and to record the result.</summary>
internal sealed record ReconcilingLine(long Id, string NationalId, Guid StudentId, decimal Amount, LineStatus Status);
