using EduRelief.Modules.SpecialNeeds.Features.HoldActivity;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.SpecialNeeds.Features.ListActivities;

/// <summary>Activities by home, kind and year (the figure's counselling sessions: kind=Counselling&amp;year=Y).</summary>
internal sealed record ListActivitiesQuery(string? HomeCode, string? Kind, int? Year, int Page, int PageSize) : IQuery<PagedResult<ActivityResponse>>;
