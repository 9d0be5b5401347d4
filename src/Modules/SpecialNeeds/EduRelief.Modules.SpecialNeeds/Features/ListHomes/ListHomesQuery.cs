using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.SpecialNeeds.Features.ListHomes;

/// <summary>Homes by township and school; <see cref="OpenAtEndOf"/> keeps those open at the end of that year (the figure's homes).</summary>
internal sealed record ListHomesQuery(string? TownshipCode, string? SchoolCode, int? OpenAtEndOf, int Page, int PageSize) : IQuery<PagedResult<HomeResponse>>;
