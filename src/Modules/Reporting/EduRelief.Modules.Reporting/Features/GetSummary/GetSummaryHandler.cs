using EduRelief.Contracts.Reporting;
using EduRelief.Modules.Reporting.Domain;
using EduRelief.Modules.Reporting.Sources;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Modules;
using EduRelief.SharedKernel.Time;
using MediatR;

namespace EduRelief.Modules.Reporting.Features.GetSummary;

/// <summary>
/// Asks each module for its figures under the caller's own rights and scope, so a township officer's summary is
/// their townships'. A module that is switched off, or that the caller may not read, is named as unavailable: a
/// missing figure must never read as zero.
/// </summary>
internal sealed class GetSummaryHandler(IEnumerable<IFigureSource> sources, IModuleDirectory modules, ICallerContext caller, CountyClock clock)
    : IRequestHandler<GetSummaryQuery, SummaryDto>
{
    public async Task<SummaryDto> Handle(GetSummaryQuery request, CancellationToken cancellationToken)
    {
        var read = new Dictionary<string, (string Module, decimal? Value, UserText? Unavailable)>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var unavailable = !modules.IsEnabled(source.Module)
                ? new UserText($"{source.Module} 模块未启用", $"the {source.Module} module is switched off")
                : !caller.CanRead(source.Module)
                    ? new UserText($"无权查看 {source.Module} 模块的数据", $"you may not read {source.Module} data")
                    : null;
            var values = unavailable is null ? await source.ReadAsync(request.Year, cancellationToken) : null;
            foreach (var key in source.Keys)
            {
                read[key] = (source.Module, values?[key], unavailable);
            }
        }

        var yearEnd = new DateOnly(request.Year, 12, 31);
        return new SummaryDto
        {
            Year = request.Year,
            CountedOn = clock.Today < yearEnd ? clock.Today : yearEnd,
            Figures = FigureCatalogue.All.Select(f => Figure(f, read[f.Key])).ToList(),
        };
    }

    private static SummaryFigureDto Figure(FigureDefinition figure, (string Module, decimal? Value, UserText? Unavailable) read) => new()
    {
        Key = figure.Key,
        Section = figure.Section.ToString(),
        Label = figure.Label.Chinese,
        LabelEn = figure.Label.English,
        Value = read.Value,
        Unit = UnitCode(figure.Unit),
        Module = read.Module,
        Available = read.Unavailable is null,
        Unavailable = read.Unavailable?.ToString(),
    };

    private static string UnitCode(FigureUnit unit) => char.ToLowerInvariant(unit.ToString()[0]) + unit.ToString()[1..];
}
