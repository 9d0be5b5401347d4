using EduRelief.Contracts.Subsidies;
using EduRelief.Modules.Subsidies.Data;
using EduRelief.Modules.Subsidies.Domain;
using EduRelief.Modules.Subsidies.Features.GetCoverage;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.GetFigures;

/// <summary>
/// Every figure counted from the records in the caller's scope when asked; none is stored. The awards are the ones
/// <c>/payments?year=&amp;status=Paid</c> lists, so the list and the figure always agree.
/// </summary>
internal sealed class GetFiguresHandler(SubsidiesDbContext db, IMediator mediator, ICallerContext caller) : IRequestHandler<GetSubsidiesFiguresQuery, SubsidiesFiguresDto>
{
    public async Task<SubsidiesFiguresDto> Handle(GetSubsidiesFiguresQuery request, CancellationToken cancellationToken)
    {
        var paid = FigureRows.PaidAwards(db, caller, request.Year);
        var byProgramme = (await paid.GroupBy(r => r.Payment.Programme)
                .Select(g => new { Programme = g.Key, Disbursed = g.Sum(r => r.Payment.Amount), PersonTimes = g.Count() })
                .ToListAsync(cancellationToken))
            .ToDictionary(g => g.Programme);
        var programmes = Enum.GetValues<ProgrammeCode>()
            .Select(p => byProgramme.TryGetValue(p, out var g) ? new ProgrammeAidDto(p, g.Disbursed, g.PersonTimes) : new ProgrammeAidDto(p, 0m, 0))
            .ToList();
        var (eligible, covered) = await CoverageWalk.CountAsync(db, mediator, ProgrammeCode.LivingSubsidy, request.Year, cancellationToken);
        var outreach = FigureRows.Outreach(db, caller, request.Year);
        var held = await outreach.GroupBy(_ => 1).Select(g => new { Activities = g.Count(), Materials = g.Sum(a => a.Materials) }).FirstOrDefaultAsync(cancellationToken);
        return new SubsidiesFiguresDto
        {
            Year = request.Year,
            AidDisbursed = programmes.Sum(p => p.Disbursed),
            AidPersonTimes = programmes.Sum(p => p.PersonTimes),
            ByProgramme = programmes,
            LivingSubsidyCoverage = CoverageWalk.Rate(covered, eligible),
            LivingSubsidyEligible = eligible,
            LivingSubsidyPaid = covered,
            RainDewPersonTimes = byProgramme.TryGetValue(ProgrammeCode.RainDew, out var rainDew) ? rainDew.PersonTimes : 0,
            OutreachActivities = held?.Activities ?? 0,
            OutreachMaterials = held?.Materials ?? 0,
        };
    }
}
