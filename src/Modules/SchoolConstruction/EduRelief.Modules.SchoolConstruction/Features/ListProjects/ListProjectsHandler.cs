using EduRelief.Modules.SchoolConstruction.Data;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SchoolConstruction.Features.ListProjects;

internal sealed class ListProjectsHandler(SchoolConstructionDbContext db, ICallerContext caller) : IRequestHandler<ListProjectsQuery, PagedResult<ProjectSummaryResponse>>
{
    public async Task<PagedResult<ProjectSummaryResponse>> Handle(ListProjectsQuery request, CancellationToken cancellationToken)
    {
        var projects = ProjectRows.Matching(db, caller.Scope, request);
        var total = await projects.CountAsync(cancellationToken);
        var page = await projects.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).Summaries().ToListAsync(cancellationToken);
        return new PagedResult<ProjectSummaryResponse> { Items = page, Page = request.Page, PageSize = request.PageSize, Total = total };
    }
}
