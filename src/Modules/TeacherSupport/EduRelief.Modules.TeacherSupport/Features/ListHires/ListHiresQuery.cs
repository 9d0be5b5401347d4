using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.TeacherSupport.Features.ListHires;

/// <summary>Hires by year of hire, campaign and whether they count toward the rural plan.</summary>
internal sealed record ListHiresQuery(int? Year, string? CampaignCode, bool? Rural, int Page, int PageSize) : IQuery<PagedResult<HireRowResponse>>;
