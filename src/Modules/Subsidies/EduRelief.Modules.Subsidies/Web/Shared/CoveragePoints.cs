using EduRelief.Contracts.Subsidies;
using EduRelief.SharedKernel.Localization;
using EduRelief.Web.Charts;

namespace EduRelief.Modules.Subsidies.Web.Shared;

/// <summary>A coverage as the console charts it: one bar, the rate in per cent of 100.</summary>
internal static class CoveragePoints
{
    public static IReadOnlyList<ChartPoint> Of(CoverageDto coverage) =>
        [new ChartPoint(new UserText("覆盖率", "Coverage"), decimal.Round(coverage.Rate * 100, 2))];
}
