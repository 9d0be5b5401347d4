using EduRelief.Modules.SchoolConstruction.Data;
using EduRelief.Modules.SchoolConstruction.Domain;
using EduRelief.Modules.SchoolConstruction.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SchoolConstruction.Features.ListProjects;

internal sealed class ListProjectsHandler(SchoolConstructionDbContext db, ICallerContext caller) : IRequestHandler<ListProjectsQuery, PagedResult<ProjectSummaryResponse>>
{
    public async Task<PagedResult<ProjectSummaryResponse>> Handle(ListProjectsQuery request, CancellationToken cancellationToken)
    {
        var projects = db.Projects.AsNoTracking().InScope(caller.Scope);
        if (request.SchoolCode is { Length: > 0 } school)
        {
            projects = projects.Where(p => p.SchoolCode == school);
        }

        if (request.TownshipCode is { Length: > 0 } township)
        {
            projects = projects.Where(p => p.TownshipCode == township);
        }

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

        var total = await projects.CountAsync(cancellationToken);
        var page = await projects.OrderBy(p => p.Code)
            .Skip((request.Page - 1) * request.PageSize)
            .Take(request.PageSize)
            .Select(p => new ProjectSummaryResponse(
                p.Code, p.Name, p.SchoolCode, p.TownshipCode, p.Type, p.Status, p.PlannedSeats, p.ActualSeats,
                p.Moves.Where(m => m.Status == ProjectStatus.Completed).Select(m => (DateOnly?)m.On).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return new PagedResult<ProjectSummaryResponse> { Items = page, Page = request.Page, PageSize = request.PageSize, Total = total };
    }
}
