using EduRelief.Contracts.Registry;

namespace EduRelief.Modules.Subsidies.Features.ListProgrammes;

internal sealed record RateLineResponse(Stage Stage, bool? Boarding, decimal AmountPerTerm, decimal? PerDay, int? SchoolDaysPerTerm);
