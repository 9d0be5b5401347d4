using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Time;
using MediatR;

namespace EduRelief.Modules.SpecialNeeds.Features.MatchRegistry;

internal sealed class ListMismatchesHandler(RegistryMatch match, ICallerContext caller, CountyClock county)
    : IRequestHandler<ListMismatchesQuery, PagedResult<MismatchResponse>>
{
    public async Task<PagedResult<MismatchResponse>> Handle(ListMismatchesQuery request, CancellationToken cancellationToken)
    {
        var all = await match.RunAsync(county.Today, cancellationToken);
        return MismatchRows.Of(all, request.Kind)
            .Select(m => MismatchResponse.Of(m, caller))
            .ToList()
            .ToPage(request.Page, request.PageSize);
    }
}
