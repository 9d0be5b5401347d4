using EduRelief.Modules.SpecialNeeds.Features.HoldActivity;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.SpecialNeeds.Features.ListActivities;

/// <summary>The distinct children who took part in any activity of the year.</summary>
internal sealed record ListReachedQuery(int? Year, int Page, int PageSize) : IQuery<PagedResult<ParticipantResponse>>;
