using EduRelief.Contracts.SpecialNeeds;
using EduRelief.Modules.SpecialNeeds.Data;
using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.Modules.SpecialNeeds.Features.ListActivities;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SpecialNeeds.Features.GetFigures;

/// <summary>
/// Every figure counted from the records in the caller's scope when asked; none is stored. The lists behind them:
/// <c>/children?schoolAgeIn=Y</c> (school age), <c>&amp;placement=School</c> (placed), <c>&amp;placement=Unplaced</c>,
/// <c>&amp;placement=&lt;mode&gt;|None</c> (by mode), <c>/homes?openAtEndOf=Y</c>, <c>/activities?kind=Counselling&amp;year=Y</c>,
/// <c>/activities/participants?year=Y</c>.
/// </summary>
internal sealed class GetFiguresHandler(SpecialNeedsDbContext db, ICallerContext caller, CountyClock county) : IRequestHandler<GetSpecialNeedsFiguresQuery, SpecialNeedsFiguresDto>
{
    public const string NoPlan = "None";

    public async Task<SpecialNeedsFiguresDto> Handle(GetSpecialNeedsFiguresQuery request, CancellationToken cancellationToken)
    {
        var day = FigureDay.Of(request.Year, county.Today);
        var children = await FigureRows.SchoolAgeChildrenAsync(db, caller, request.Year, day, cancellationToken);
        var unplaced = children.Where(c => !c.Placed)
            .Select(c => new UnplacedChildDto(c.Id, caller.Shown(c.NationalId), c.Name, c.TownshipCode, c.Mode?.ToString()))
            .ToList();
        var placed = children.Count - unplaced.Count;
        var byMode = Enum.GetNames<PlacementMode>().Append(NoPlan).ToDictionary(m => m, _ => 0);
        foreach (var child in children)
        {
            byMode[child.Mode?.ToString() ?? NoPlan]++;
        }

        var homes = await FigureRows.HomesOpen(db, caller, day).CountAsync(cancellationToken);
        var counselling = await ActivityRows.InYear(db, caller, request.Year).CountAsync(a => a.Kind == ActivityKind.Counselling, cancellationToken);
        var reached = await ListReachedHandler.Reached(db, caller, request.Year).CountAsync(cancellationToken);
        return new SpecialNeedsFiguresDto
        {
            Year = request.Year,
            CountedOn = day,
            SchoolAgeDisabled = children.Count,
            Placed = placed,
            EnrolmentRate = children.Count == 0 ? null : Math.Round((decimal)placed / children.Count, 4),
            Unplaced = unplaced,
            ByMode = byMode,
            Homes = homes,
            CounsellingSessions = counselling,
            ChildrenReached = reached,
        };
    }
}
