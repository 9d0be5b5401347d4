namespace EduRelief.Modules.Subsidies.Features.GetBatch;

/// <summary>A line as a batch shows it; the account (stamped at approval) is masked but for callers who may see full IDs.</summary>
internal sealed record BatchLineResponse(Guid StudentId, string NationalId, string Name, string SchoolCode, string TownshipCode, decimal Amount, string Rule, string Status, string? Note, string? BankReference,
    string Reference, string? AccountHolder = null, string? Bank = null, string? AccountNumber = null);
