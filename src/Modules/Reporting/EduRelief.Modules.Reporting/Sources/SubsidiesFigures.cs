using EduRelief.Contracts.Subsidies;
using MediatR;
using static EduRelief.Modules.Reporting.Domain.FigureKeys;

namespace EduRelief.Modules.Reporting.Sources;

internal sealed class SubsidiesFigures(IMediator mediator) : FigureSource<GetSubsidiesFiguresQuery, SubsidiesFiguresDto>(mediator)
{
    protected override IReadOnlyList<FigureRead<SubsidiesFiguresDto>> Reads { get; } =
    [
        new(AidDisbursed, f => f.AidDisbursed, y => new GetSubsidiesFigureRecordsQuery(y, SubsidiesFigure.AidDisbursed)),
        new(AidPersonTimes, f => f.AidPersonTimes, y => new GetSubsidiesFigureRecordsQuery(y, SubsidiesFigure.AidPersonTimes)),
        new(LivingSubsidyCoverage, f => f.LivingSubsidyCoverage, y => new GetSubsidiesFigureRecordsQuery(y, SubsidiesFigure.LivingSubsidyCoverage)),
        new(RainDewPersonTimes, f => f.RainDewPersonTimes, y => new GetSubsidiesFigureRecordsQuery(y, SubsidiesFigure.RainDewPersonTimes)),
        new(OutreachMaterials, f => f.OutreachMaterials, y => new GetSubsidiesFigureRecordsQuery(y, SubsidiesFigure.OutreachMaterials)),
    ];

    protected override GetSubsidiesFiguresQuery QueryFor(int year) => new(year);
}
