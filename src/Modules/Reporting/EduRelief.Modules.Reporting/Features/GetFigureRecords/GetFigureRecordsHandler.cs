using EduRelief.Contracts.Reporting;
using EduRelief.Modules.Reporting.Domain;
using EduRelief.Modules.Reporting.Sources;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Modules;
using MediatR;

namespace EduRelief.Modules.Reporting.Features.GetFigureRecords;

/// <summary>
/// Asks the module that counts the figure for the figure and for its records, both under the caller's own rights
/// and scope, so the records are exactly what the summary counted for this caller. A module switched off has no
/// records to give: a 404 that says so, never an empty list that would read as zero.
/// </summary>
internal sealed class GetFigureRecordsHandler(IEnumerable<IFigureSource> sources, IModuleDirectory modules) : IRequestHandler<GetFigureRecordsQuery, FigureRecordsDto>
{
    public async Task<FigureRecordsDto> Handle(GetFigureRecordsQuery request, CancellationToken cancellationToken)
    {
        var figure = FigureCatalogue.Find(request.Key) ?? throw new NotFoundException("Figure", request.Key);
        var source = sources.Single(s => s.Keys.Contains(figure.Key));
        if (!modules.IsEnabled(source.Module))
        {
            throw new NotFoundException("Figure", new UserText($"{figure.Key}（{source.Module} 模块未启用）", $"{figure.Key} (the {source.Module} module is switched off)").ToString());
        }

        var records = await source.RecordsAsync(figure.Key, request.Year, cancellationToken);
        var values = await source.ReadAsync(request.Year, cancellationToken);
        return new FigureRecordsDto
        {
            Key = figure.Key,
            Year = request.Year,
            Label = figure.Label.Chinese,
            LabelEn = figure.Label.English,
            Unit = figure.UnitCode,
            Module = source.Module,
            Value = values[figure.Key],
            Records = records,
        };
    }
}
