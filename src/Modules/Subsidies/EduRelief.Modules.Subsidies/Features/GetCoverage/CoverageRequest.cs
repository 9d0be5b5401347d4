using EduRelief.Contracts.Subsidies;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Subsidies.Features.GetCoverage;

/// <summary>A coverage asked for by year and programme code, as the API's query string and the console's selectors give them.</summary>
internal static class CoverageRequest
{
    /// <exception cref="SharedKernel.Errors.ValidationFailedException">The year or the programme is missing or wrong.</exception>
    public static GetCoverageQuery Parse(int? year, string? programme)
    {
        var errors = new ValidationErrors();
        if (year is null)
        {
            errors.Missing("year");
        }

        errors.Range("year", year, 2000, 2100);
        var code = errors.Enum<ProgrammeCode>("programme", programme);
        errors.ThrowIfAny();
        return new GetCoverageQuery { Year = year!.Value, Programme = code!.Value };
    }
}
