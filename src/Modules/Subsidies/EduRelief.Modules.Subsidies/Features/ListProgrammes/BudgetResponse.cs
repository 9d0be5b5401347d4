namespace EduRelief.Modules.Subsidies.Features.ListProgrammes;

internal sealed record BudgetResponse(int Year, decimal Amount);
