using EduRelief.Contracts.DropoutControl;
using MediatR;
using static EduRelief.Modules.Reporting.Domain.FigureKeys;

namespace EduRelief.Modules.Reporting.Sources;

internal sealed class DropoutFigures(IMediator mediator) : FigureSource<GetDropoutFiguresQuery, DropoutFiguresDto>(mediator)
{
    protected override IReadOnlyList<FigureRead<DropoutFiguresDto>> Reads { get; } =
    [
        new(PersuadedReturns, f => f.PersuadedReturns, y => new GetDropoutFigureRecordsQuery(y, DropoutFigure.PersuadedReturns)),
        new(ConsolidationRate, f => f.ConsolidationRate, y => new GetDropoutFigureRecordsQuery(y, DropoutFigure.ConsolidationRate)),
    ];

    protected override GetDropoutFiguresQuery QueryFor(int year) => new(year);
}
