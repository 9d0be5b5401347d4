using EduRelief.Contracts.Vocational;
using MediatR;
using static EduRelief.Modules.Reporting.Domain.FigureKeys;

namespace EduRelief.Modules.Reporting.Sources;

internal sealed class VocationalFigures(IMediator mediator) : FigureSource<GetVocationalFiguresQuery, VocationalFiguresDto>(mediator)
{
    protected override IReadOnlyList<FigureRead<VocationalFiguresDto>> Reads { get; } =
    [
        new(VocationalEnrolments, f => f.PoorEnrolments, y => new GetVocationalFigureRecordsQuery(y, VocationalFigure.PoorEnrolments)),
        new(VocationalEmploymentRate, f => f.EmploymentRate, y => new GetVocationalFigureRecordsQuery(y, VocationalFigure.EmploymentRate)),
    ];

    protected override GetVocationalFiguresQuery QueryFor(int year) => new(year);
}
