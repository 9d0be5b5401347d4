using EduRelief.Modules.SchoolConstruction.Data;
using EduRelief.Modules.SchoolConstruction.Domain;
using EduRelief.Modules.SchoolConstruction.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Validation;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SchoolConstruction.Features.ListProjects;

/// <summary>The projects a list filter keeps, in the caller's scope, by code.</summary>
internal static class ProjectRows
{
    public static IQueryable<Project> Matching(SchoolConstructionDbContext db, DataScope scope, ListProjectsQuery request)
    {
        var projects = db.Projects.AsNoTracking().InScope(scope).AtSchoolAndTownship(request.SchoolCode, request.TownshipCode);

        if (request.Status is { Length: > 0 } statusText)
        {
            var status = EnumCodes.Parse<ProjectStatus>(statusText);
            projects = projects.Where(p => p.Status == status);
        }

        if (request.Type is { Length: > 0 } typeText)
        {
            var type = EnumCodes.Parse<ProjectType>(typeText);
            projects = projects.Where(p => p.Type == type);
        }

        if (request.CompletedIn is { } year)
        {
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            projects = projects.Where(p => p.Moves.Any(m => m.Status == ProjectStatus.Completed && m.On >= from && m.On <= to));
        }

        return projects.OrderBy(p => p.Code);
    }

    /// <summary>A project as the list shows it, with its current budget and what has been spent, in one query.</summary>
    public static IQueryable<ProjectSummaryResponse> Summaries(this IQueryable<Project> projects) =>
        projects.Select(p => new ProjectSummaryResponse(
            p.Code, p.Name, p.SchoolCode, p.TownshipCode, p.Type, p.Status, p.PlannedSeats, p.ActualSeats,
            p.Moves.Where(m => m.Status == ProjectStatus.Completed).Select(m => (DateOnly?)m.On).FirstOrDefault(),
            p.BudgetLines.Where(l => l.Revision == p.BudgetRevision).Sum(l => l.Amount),
            p.Spending.Sum(s => s.Amount)));
}
