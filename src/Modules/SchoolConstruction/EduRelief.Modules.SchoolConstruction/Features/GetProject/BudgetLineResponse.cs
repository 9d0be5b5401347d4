using EduRelief.Modules.SchoolConstruction.Domain;

namespace EduRelief.Modules.SchoolConstruction.Features.GetProject;

internal sealed record BudgetLineResponse(FundingSource Source, decimal Amount);
