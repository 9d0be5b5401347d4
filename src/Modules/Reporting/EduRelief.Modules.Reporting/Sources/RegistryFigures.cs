using EduRelief.Contracts.Registry;
using MediatR;
using static EduRelief.Modules.Reporting.Domain.FigureKeys;

namespace EduRelief.Modules.Reporting.Sources;

internal sealed class RegistryFigures(IMediator mediator) : FigureSource<GetRegistryFiguresQuery, RegistryFiguresDto>(mediator)
{
    protected override IReadOnlyList<FigureRead<RegistryFiguresDto>> Reads { get; } =
    [
        new(IdentifiedPoorStudents, f => f.IdentifiedPoorStudents, y => new GetRegistryFigureRecordsQuery(y, RegistryFigure.IdentifiedPoorStudents)),
        new(IdentifiedPoorStudentsCompulsory, f => f.IdentifiedPoorStudentsCompulsory, y => new GetRegistryFigureRecordsQuery(y, RegistryFigure.IdentifiedPoorStudentsCompulsory)),
    ];

    protected override GetRegistryFiguresQuery QueryFor(int year) => new(year);
}
