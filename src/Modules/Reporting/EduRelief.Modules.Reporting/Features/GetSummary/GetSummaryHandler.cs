using EduRelief.Contracts.Registry;
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
/// missing figure must never read as zero. A township's breakdown asks the same queries with the scope narrowed to
/// that township (<see cref="ScopeNarrowing"/>), a school's to that school, so each figure keeps the one definition its
/// module gives it.
/// </summary>
internal sealed class GetSummaryHandler(IEnumerable<IFigureSource> sources, IModuleDirectory modules, ICallerContext caller, IMediator mediator, CountyClock clock)
    : IRequestHandler<GetSummaryQuery, SummaryDto>
{
    public async Task<SummaryDto> Handle(GetSummaryQuery request, CancellationToken cancellationToken)
    {
        var yearEnd = new DateOnly(request.Year, 12, 31);
        return new SummaryDto
        {
            Year = request.Year,
            CountedOn = clock.Today < yearEnd ? clock.Today : yearEnd,
            Figures = await FiguresAsync(request.Year, cancellationToken),
            Townships = request.ByTownship ? await TownshipsAsync(request.Year, cancellationToken) : null,
            Schools = request.BySchool ? await SchoolsAsync(request.Year, cancellationToken) : null,
        };
    }

    private async Task<IReadOnlyList<SchoolSummaryDto>> SchoolsAsync(int year, CancellationToken cancellationToken)
    {
        var scope = caller.Scope;
        var schools = modules.IsEnabled("Registry")
            ? (await mediator.Send(new ListSchoolsQuery(), cancellationToken)).Where(s => scope.Includes(s.TownshipCode, s.Code)).ToList()
            : [];
        var rows = new List<SchoolSummaryDto>(schools.Count);
        foreach (var school in schools.OrderBy(s => s.TownshipCode, StringComparer.Ordinal).ThenBy(s => s.Code, StringComparer.Ordinal))
        {
            using (ScopeNarrowing.To(school.TownshipCode, school.Code))
            {
                rows.Add(new SchoolSummaryDto { SchoolCode = school.Code, SchoolName = school.Name, TownshipCode = school.TownshipCode, Figures = await FiguresAsync(year, cancellationToken) });
            }
        }

        return rows;
    }

    private async Task<IReadOnlyList<TownshipSummaryDto>> TownshipsAsync(int year, CancellationToken cancellationToken)
    {
        var scope = caller.Scope;
        var townships = modules.IsEnabled("Registry")
            ? (await mediator.Send(new ListTownshipsQuery(), cancellationToken)).Where(t => scope.IncludesTownship(t.Code)).ToList()
            : [];
        var rows = new List<TownshipSummaryDto>(townships.Count);
        foreach (var township in townships.OrderBy(t => t.Code, StringComparer.Ordinal))
        {
            using (ScopeNarrowing.To(township.Code))
            {
                rows.Add(new TownshipSummaryDto { TownshipCode = township.Code, TownshipName = township.Name, Figures = await FiguresAsync(year, cancellationToken) });
            }
        }

        return rows;
    }

    private async Task<IReadOnlyList<SummaryFigureDto>> FiguresAsync(int year, CancellationToken cancellationToken)
    {
        var read = new Dictionary<string, (string Module, decimal? Value, UserText? Unavailable)>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var unavailable = !modules.IsEnabled(source.Module)
                ? new UserText($"{source.Module} 模块未启用", $"the {source.Module} module is switched off")
                : !caller.CanRead(source.Module)
                    ? new UserText($"无权查看 {source.Module} 模块的数据", $"you may not read {source.Module} data")
                    : null;
            var values = unavailable is null ? await source.ReadAsync(year, cancellationToken) : null;
            foreach (var key in source.Keys)
            {
                read[key] = (source.Module, values?[key], unavailable);
            }
        }

        return FigureCatalogue.All.Select(f => Figure(f, read[f.Key])).ToList();
    }

    private static SummaryFigureDto Figure(FigureDefinition figure, (string Module, decimal? Value, UserText? Unavailable) read) => new()
    {
        Key = figure.Key,
        Section = figure.Section.ToString(),
        Label = figure.Label.Chinese,
        LabelEn = figure.Label.English,
        Value = read.Value,
        Unit = figure.UnitCode,
        Module = read.Module,
        Available = read.Unavailable is null,
        Unavailable = read.Unavailable?.ToString(),
    };
}
