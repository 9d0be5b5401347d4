using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Time;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Reporting.Domain;

/// <summary>A year that can be reported: a real year that has begun in the county.</summary>
internal static class ReportYear
{
    public static void Validate(ValidationErrors errors, int year, CountyClock clock)
    {
        errors.Year("year", year);
        if (year > clock.Today.Year)
        {
            errors.Add("year", new UserText($"{year} 年尚未到来，没有可统计的记录", $"{year} has not begun; there is nothing to count yet"));
        }
    }
}
