using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.SpecialNeeds.Features.ListPlans;

/// <summary>Plans by child, mode, school and township; <see cref="CurrentOnly"/> keeps the plans no other replaces.</summary>
internal sealed record ListPlansQuery(string? NationalId, string? Mode, string? SchoolCode, string? TownshipCode, bool CurrentOnly, int Page, int PageSize)
    : IQuery<PagedResult<PlanResponse>>;
