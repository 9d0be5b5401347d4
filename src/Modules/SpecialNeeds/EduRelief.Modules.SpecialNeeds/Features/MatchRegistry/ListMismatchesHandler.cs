using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Time;
using EduRelief.SharedKernel.Validation;
using MediatR;

namespace EduRelief.Modules.SpecialNeeds.Features.MatchRegistry;

internal sealed class ListMismatchesHandler(RegistryMatch match, ICallerContext caller, CountyClock county)
    : IRequestHandler<ListMismatchesQuery, PagedResult<MismatchResponse>>
{
    public async Task<PagedResult<MismatchResponse>> Handle(ListMismatchesQuery request, CancellationToken cancellationToken)
    {
        var all = await match.RunAsync(county.Today, cancellationToken);
        MismatchKind? kind = request.Kind is { Length: > 0 } k ? EnumCodes.Parse<MismatchKind>(k) : null;
        return all.Where(m => kind is null || m.Kind == kind)
            .OrderBy(m => m.Kind).ThenBy(m => m.TownshipCode, StringComparer.Ordinal).ThenBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.ChildId ?? m.StudentId)
            .Select(m => MismatchResponse.Of(m, caller))
            .ToList()
            .ToPage(request.Page, request.PageSize);
    }
}
