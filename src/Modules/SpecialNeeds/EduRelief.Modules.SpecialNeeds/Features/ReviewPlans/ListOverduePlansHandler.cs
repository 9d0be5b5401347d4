using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Time;
using MediatR;

namespace EduRelief.Modules.SpecialNeeds.Features.ReviewPlans;

internal sealed class ListOverduePlansHandler(PlanReview review, CountyClock county) : IRequestHandler<ListOverduePlansQuery, PagedResult<OverduePlan>>
{
    public async Task<PagedResult<OverduePlan>> Handle(ListOverduePlansQuery request, CancellationToken cancellationToken) =>
        (await review.FindAsync(county.Today, cancellationToken)).ToPage(request.Page, request.PageSize);
}
