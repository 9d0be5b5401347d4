using EduRelief.Contracts.Registry;
using EduRelief.Contracts.SchoolConstruction;
using EduRelief.Modules.SchoolConstruction.Data;
using EduRelief.Modules.SchoolConstruction.Domain;
using EduRelief.Modules.SchoolConstruction.Features.Shared;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SchoolConstruction.Features.GetFigures;

/// <summary>Every figure counted from the records in the caller's scope at the time asked (see <see cref="ConstructionFiguresDto"/>); none is stored.</summary>
internal sealed class GetFiguresHandler(SchoolConstructionDbContext db, IMediator mediator, ICallerContext caller)
    : IRequestHandler<GetConstructionFiguresQuery, ConstructionFiguresDto>
{
    private static readonly ProjectType[] BuildOrExpand = [ProjectType.NewBuild, ProjectType.Expansion, ProjectType.Renovation];

    public async Task<ConstructionFiguresDto> Handle(GetConstructionFiguresQuery request, CancellationToken cancellationToken)
    {
        var (from, end) = (new DateOnly(request.Year, 1, 1), new DateOnly(request.Year, 12, 31));
        var projects = db.Projects.AsNoTracking().InScope(caller.Scope);
        var investment = await projects.SelectMany(p => p.Spending).Where(s => s.SpentOn >= from && s.SpentOn <= end).SumAsync(s => s.Amount, cancellationToken);
        var completed = projects.Where(p => p.Moves.Any(m => m.Status == ProjectStatus.Completed && m.On >= from && m.On <= end));
        var schoolsBuilt = await completed.Where(p => BuildOrExpand.Contains(p.Type)).Select(p => p.SchoolCode).Distinct().CountAsync(cancellationToken);
        var seats = await completed.SumAsync(p => p.ActualSeats ?? 0, cancellationToken);

        var dGrade = (await db.Buildings.AsNoTracking().InScope(caller.Scope).Include(b => b.Appraisals)
                .Where(b => (b.DemolishedOn == null || b.DemolishedOn > end) && b.Appraisals.Any(a => a.Grade == BuildingSafetyGrade.D && a.AppraisedOn <= end))
                .ToListAsync(cancellationToken))
            .Where(b => b.IsClosedOn(end))
            .OrderBy(b => b.SchoolCode).ThenBy(b => b.Name)
            .Select(b =>
            {
                var appraisal = b.Appraisals.Where(a => a.AppraisedOn <= end).MaxBy(a => (a.AppraisedOn, a.Id))!;
                return new DGradeBuildingDto(b.Id, b.SchoolCode, b.Name, b.FloorArea, appraisal.AppraisedOn, appraisal.ReportNo);
            })
            .ToList();

        var equipment = (await db.Equipment.AsNoTracking().InScope(caller.Scope).Where(e => e.AsOf <= end).ToListAsync(cancellationToken))
            .GroupBy(e => e.SchoolCode)
            .ToDictionary(g => g.Key, g => g.MaxBy(e => e.AsOf)!, StringComparer.Ordinal);
        var rural = (await mediator.Send(new ListSchoolsQuery(), cancellationToken)).Where(s => s.Location is SchoolLocation.Rural or SchoolLocation.Remote).ToList();
        var counted = rural.Select(s => equipment.TryGetValue(s.Code, out var e)
                ? new UncoveredClassroomsDto(s.Code, s.Name, e.Classrooms, e.MultimediaClassrooms, e.Classrooms - e.MultimediaClassrooms, Recorded: true)
                : new UncoveredClassroomsDto(s.Code, s.Name, s.Classrooms, 0, s.Classrooms, Recorded: false))
            .ToList();

        return new ConstructionFiguresDto
        {
            Year = request.Year,
            Investment = investment,
            SchoolsBuiltOrExpanded = schoolsBuilt,
            SeatsAdded = seats,
            DGradeArea = dGrade.Sum(b => b.FloorArea),
            DGradeBuildings = dGrade,
            MultimediaCoverage = Coverage.Rate(counted.Sum(c => c.MultimediaClassrooms), counted.Sum(c => c.Classrooms)),
            UncoveredClassrooms = counted.Where(c => c.Uncovered > 0).OrderBy(c => c.SchoolCode, StringComparer.Ordinal).ToList(),
            OnlineClassrooms = equipment.Values.Sum(e => e.OnlineClassrooms),
        };
    }
}
