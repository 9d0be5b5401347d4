using EduRelief.Contracts.SchoolConstruction;
using MediatR;
using static EduRelief.Modules.Reporting.Domain.FigureKeys;

namespace EduRelief.Modules.Reporting.Sources;

internal sealed class ConstructionFigures(IMediator mediator) : FigureSource<GetConstructionFiguresQuery, ConstructionFiguresDto>(mediator)
{
    protected override IReadOnlyList<FigureRead<ConstructionFiguresDto>> Reads { get; } =
    [
        new(ConstructionInvestment, f => f.Investment),
        new(SchoolsBuiltOrExpanded, f => f.SchoolsBuiltOrExpanded),
        new(SeatsAdded, f => f.SeatsAdded),
        new(DGradeAreaRemaining, f => f.DGradeArea),
        new(ClassroomMultimediaCoverage, f => f.MultimediaCoverage),
        new(OnlineClassrooms, f => f.OnlineClassrooms),
    ];

    protected override GetConstructionFiguresQuery QueryFor(int year) => new(year);
}
