using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.SpecialNeeds.Features.ReviewPlans;

/// <summary>Plans past their review date and home-delivered plans short of visits last month, today.</summary>
internal sealed record ListOverduePlansQuery(int Page, int PageSize) : IQuery<PagedResult<OverduePlan>>;
