using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.SchoolConstruction.Features.ListProjects;

/// <summary>Projects by school, township, status, type; <c>CompletedIn</c> keeps those completed in that year (the records behind the built-or-expanded and seats figures).</summary>
internal sealed record ListProjectsQuery(string? SchoolCode, string? TownshipCode, string? Status, string? Type, int? CompletedIn, int Page, int PageSize)
    : IQuery<PagedResult<ProjectSummaryResponse>>;
