namespace EduRelief.Modules.Subsidies.Features.ListProgrammes;

internal sealed record RateResponse(DateOnly EffectiveFrom, string SetBy, IReadOnlyList<RateLineResponse> Lines);
