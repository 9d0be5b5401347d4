namespace EduRelief.Modules.SchoolConstruction.Domain;

/// <summary>One line of a budget as planned or revised: so much from one source.</summary>
internal sealed record BudgetAmount(FundingSource Source, decimal Amount);
