using EduRelief.Contracts.Subsidies;

namespace EduRelief.Modules.Subsidies.Features.ListPayments;

internal sealed record PaymentResponse(Guid StudentId, string NationalId, string Name, string SchoolCode, string TownshipCode, ProgrammeCode ProgrammeCode, string Term, decimal Amount, string Status, DateOnly? PaidOn, string? BankReference, Guid BatchId);
