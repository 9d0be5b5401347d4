using EduRelief.Contracts.Subsidies;

namespace EduRelief.Modules.Subsidies.Features.ListProgrammes;

internal sealed record ProgrammeResponse(ProgrammeCode Code, string Name, string Delivery, string Eligibility, IReadOnlyList<RateResponse> Rates, IReadOnlyList<BudgetResponse> Budgets);
