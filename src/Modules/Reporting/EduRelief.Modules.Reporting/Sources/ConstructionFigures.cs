using EduRelief.Contracts.SchoolConstruction;
using MediatR;
using static EduRelief.Modules.Reporting.Domain.FigureKeys;

namespace EduRelief.Modules.Reporting.Sources;

internal sealed class ConstructionFigures(IMediator mediator) : FigureSource<GetConstructionFiguresQuery, ConstructionFiguresDto>(mediator)
{
    protected override IReadOnlyList<FigureRead<ConstructionFiguresDto>> Reads { get; } =
    [
        new(ConstructionInvestment, f => f.Investment, y => new GetConstructionFigureRecordsQuery(y, ConstructionFigure.Investment)),
        new(SchoolsBuiltOrExpanded, f => f.SchoolsBuiltOrExpanded, y => new GetConstructionFigureRecordsQuery(y, ConstructionFigure.SchoolsBuiltOrExpanded)),
        new(SeatsAdded, f => f.SeatsAdded, y => new GetConstructionFigureRecordsQuery(y, ConstructionFigure.SeatsAdded)),
        new(DGradeAreaRemaining, f => f.DGradeArea, y => new GetConstructionFigureRecordsQuery(y, ConstructionFigure.DGradeArea)),
        new(ClassroomMultimediaCoverage, f => f.MultimediaCoverage, y => new GetConstructionFigureRecordsQuery(y, ConstructionFigure.MultimediaCoverage)),
        new(OnlineClassrooms, f => f.OnlineClassrooms, y => new GetConstructionFigureRecordsQuery(y, ConstructionFigure.OnlineClassrooms)),
    ];

    protected override GetConstructionFiguresQuery QueryFor(int year) => new(year);
}
