using EduRelief.Contracts.Subsidies;
using EduRelief.SharedKernel.Primitives;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Subsidies.Features.Shared;

internal static class SubsidyInput
{
    public static ProgrammeCode? Programme(string field, string? value, ValidationErrors errors) =>
        errors.Enum<ProgrammeCode>(field, value);

    public static Term? Term(string field, string? value, ValidationErrors errors)
    {
        if (SharedKernel.Primitives.Term.TryParse(value, out var term, out var error))
        {
            return term;
        }

        errors.Add(field, error);
        return null;
    }

    public static void Money(string field, decimal? amount, ValidationErrors errors)
    {
        if (amount is not { } value)
        {
            errors.Add(field, "is required");
        }
        else if (value < 0)
        {
            errors.Add(field, "must not be negative");
        }
        else if (decimal.Round(value, 2) != value)
        {
            errors.Add(field, "must have at most two decimals (yuan and fen)");
        }
    }
}
