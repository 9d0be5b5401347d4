using EduRelief.Contracts.Subsidies;
using MediatR;
using static EduRelief.Modules.Reporting.Domain.FigureKeys;

namespace EduRelief.Modules.Reporting.Sources;

internal sealed class SubsidiesFigures(IMediator mediator) : FigureSource<GetSubsidiesFiguresQuery, SubsidiesFiguresDto>(mediator)
{
    protected override IReadOnlyList<FigureRead<SubsidiesFiguresDto>> Reads { get; } =
    [
        new(AidDisbursed, f => f.AidDisbursed),
        new(AidPersonTimes, f => f.AidPersonTimes),
        new(LivingSubsidyCoverage, f => f.LivingSubsidyCoverage),
        new(RainDewPersonTimes, f => f.RainDewPersonTimes),
        new(OutreachMaterials, f => f.OutreachMaterials),
    ];

    protected override GetSubsidiesFiguresQuery QueryFor(int year) => new(year);
}
