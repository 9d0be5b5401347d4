using EduRelief.Contracts.SpecialNeeds;
using MediatR;
using static EduRelief.Modules.Reporting.Domain.FigureKeys;

namespace EduRelief.Modules.Reporting.Sources;

internal sealed class SpecialNeedsFigures(IMediator mediator) : FigureSource<GetSpecialNeedsFiguresQuery, SpecialNeedsFiguresDto>(mediator)
{
    protected override IReadOnlyList<FigureRead<SpecialNeedsFiguresDto>> Reads { get; } =
    [
        new(LeftBehindHomes, f => f.Homes, y => new GetSpecialNeedsFigureRecordsQuery(y, SpecialNeedsFigure.Homes)),
        new(DisabledEnrolmentRate, f => f.EnrolmentRate, y => new GetSpecialNeedsFigureRecordsQuery(y, SpecialNeedsFigure.EnrolmentRate)),
    ];

    protected override GetSpecialNeedsFiguresQuery QueryFor(int year) => new(year);
}
