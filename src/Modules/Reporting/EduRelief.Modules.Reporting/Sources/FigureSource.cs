using EduRelief.BuildingBlocks.Messaging;
using EduRelief.SharedKernel.Figures;
using MediatR;

namespace EduRelief.Modules.Reporting.Sources;

/// <summary>A source that sends the module's figures and records queries (so the module's own rights and scope apply) and reads its keys off the answer.</summary>
internal abstract class FigureSource<TQuery, TFigures>(IMediator mediator) : IFigureSource
    where TQuery : IRequest<TFigures>
{
    public string Module { get; } = ModuleNames.Of(typeof(TQuery))
        ?? throw new InvalidOperationException($"{typeof(TQuery)} belongs to no module.");

    public IReadOnlyList<string> Keys => Reads.Select(r => r.Key).ToList();

    protected abstract IReadOnlyList<FigureRead<TFigures>> Reads { get; }

    protected abstract TQuery QueryFor(int year);

    public async Task<IReadOnlyDictionary<string, decimal?>> ReadAsync(int year, CancellationToken cancellationToken)
    {
        var figures = await mediator.Send(QueryFor(year), cancellationToken);
        return Reads.ToDictionary(r => r.Key, r => r.Value(figures), StringComparer.Ordinal);
    }

    public Task<FigureRecords> RecordsAsync(string key, int year, CancellationToken cancellationToken) =>
        mediator.Send(Reads.Single(r => r.Key == key).Records(year), cancellationToken);
}
