namespace EduRelief.Modules.Subsidies.Features.AddRate;

/// <summary>One line of a rate: an amount per term, or an amount per school day times the school days of a term.</summary>
internal sealed record RateLineInput(string? Stage, bool? Boarding, decimal? AmountPerTerm, decimal? PerDay, int? SchoolDaysPerTerm);
