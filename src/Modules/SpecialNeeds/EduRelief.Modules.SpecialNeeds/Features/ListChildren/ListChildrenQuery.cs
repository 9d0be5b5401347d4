using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.SpecialNeeds.Features.ListChildren;

/// <summary>
/// The register by township, village, category, grade and name; <see cref="SchoolAgeIn"/> keeps children of school
/// age in that school year, <see cref="Placement"/> filters by the plan in force on that year's figure day (today without a year).
/// </summary>
internal sealed record ListChildrenQuery(
    string? TownshipCode, string? VillageCode, string? Category, int? Grade, string? Name, int? SchoolAgeIn, string? Placement, int Page, int PageSize)
    : IQuery<PagedResult<ChildResponse>>;
