namespace EduRelief.Modules.Subsidies.Features.GetBatch;

internal sealed record BatchLineResponse(Guid StudentId, string NationalId, string Name, string SchoolCode, string TownshipCode, decimal Amount, string Rule, string Status, string? Note, string? BankReference);
