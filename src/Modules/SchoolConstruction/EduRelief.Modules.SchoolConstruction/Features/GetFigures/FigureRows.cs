using EduRelief.Contracts.Registry;
using EduRelief.Contracts.SchoolConstruction;
using EduRelief.Modules.SchoolConstruction.Data;
using EduRelief.Modules.SchoolConstruction.Domain;
using EduRelief.Modules.SchoolConstruction.Features.Shared;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SchoolConstruction.Features.GetFigures;

/// <summary>What each figure counts, in the caller's scope: one definition for the figure (<see cref="GetFiguresHandler"/>) and its records (<see cref="GetFigureRecordsHandler"/>).</summary>
internal sealed class FigureRows(SchoolConstructionDbContext db, IMediator mediator, ICallerContext caller)
{
    private static readonly ProjectType[] BuildOrExpand = [ProjectType.NewBuild, ProjectType.Expansion, ProjectType.Renovation];

    /// <summary>Every payment out of a project in the year: the investment is their sum.</summary>
    public IQueryable<SpendingRow> Spending(int year)
    {
        var (from, end) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return db.Projects.AsNoTracking().InScope(caller.Scope)
            .SelectMany(p => p.Spending.Where(s => s.SpentOn >= from && s.SpentOn <= end), (p, s) => new SpendingRow
            {
                Id = s.Id, ProjectCode = p.Code, ProjectName = p.Name, SchoolCode = p.SchoolCode, TownshipCode = p.TownshipCode, SpentOn = s.SpentOn, Amount = s.Amount, Purpose = s.Purpose,
            });
    }

    /// <summary>Projects completed in the year: seats added are their actual seats.</summary>
    public IQueryable<Project> Completed(int year)
    {
        var (from, end) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return db.Projects.AsNoTracking().InScope(caller.Scope)
            .Where(p => p.Moves.Any(m => m.Status == ProjectStatus.Completed && m.On >= from && m.On <= end));
    }

    /// <summary>Completed projects that built, expanded or renovated a school: the schools counted are their distinct schools.</summary>
    public IQueryable<Project> BuiltOrExpanded(int year) => Completed(year).Where(p => BuildOrExpand.Contains(p.Type));

    /// <summary>Buildings standing and graded D by their last appraisal at the year's end.</summary>
    public async Task<List<DGradeBuildingDto>> DGradeBuildingsAsync(int year, CancellationToken cancellationToken)
    {
        var end = new DateOnly(year, 12, 31);
        return (await db.Buildings.AsNoTracking().InScope(caller.Scope).Include(b => b.Appraisals)
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
    }

    /// <summary>Each school's equipment as last recorded by the year's end: online classrooms are their sum.</summary>
    public async Task<List<EquipmentRecord>> LatestEquipmentAsync(int year, CancellationToken cancellationToken)
    {
        var end = new DateOnly(year, 12, 31);
        return (await db.Equipment.AsNoTracking().InScope(caller.Scope).Where(e => e.AsOf <= end).ToListAsync(cancellationToken))
            .GroupBy(e => e.SchoolCode)
            .Select(g => g.MaxBy(e => e.AsOf)!)
            .OrderBy(e => e.SchoolCode, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Every rural and remote school's classrooms and multimedia classrooms by its latest equipment record (班班通
    /// coverage is Σ multimedia ÷ Σ classrooms); a school with no record counts its Registry classrooms as uncovered.
    /// </summary>
    public async Task<List<UncoveredClassroomsDto>> RuralClassroomsAsync(IReadOnlyList<EquipmentRecord> equipment, CancellationToken cancellationToken)
    {
        var latest = equipment.ToDictionary(e => e.SchoolCode, StringComparer.Ordinal);
        var rural = (await mediator.Send(new ListSchoolsQuery(), cancellationToken)).Where(s => s.Location is SchoolLocation.Rural or SchoolLocation.Remote);
        return rural.Select(s => latest.TryGetValue(s.Code, out var e)
                ? new UncoveredClassroomsDto(s.Code, s.Name, e.Classrooms, e.MultimediaClassrooms, e.Classrooms - e.MultimediaClassrooms, Recorded: true)
                : new UncoveredClassroomsDto(s.Code, s.Name, s.Classrooms, 0, s.Classrooms, Recorded: false))
            .OrderBy(c => c.SchoolCode, StringComparer.Ordinal)
            .ToList();
    }
}
