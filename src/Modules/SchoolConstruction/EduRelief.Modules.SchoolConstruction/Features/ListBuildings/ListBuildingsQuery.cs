using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.SchoolConstruction.Features.ListBuildings;

/// <summary>
/// Buildings by school, township, latest grade; <c>DList</c> keeps those closed on the D list, <c>Overdue</c> those whose
/// next appraisal is past due (neither counts demolished buildings).
/// </summary>
internal sealed record ListBuildingsQuery(string? SchoolCode, string? TownshipCode, string? Grade, bool? DList, bool? Overdue, int Page, int PageSize)
    : IQuery<PagedResult<BuildingResponse>>;
