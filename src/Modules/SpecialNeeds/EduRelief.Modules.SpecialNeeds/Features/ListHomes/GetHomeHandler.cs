using EduRelief.Modules.SpecialNeeds.Data;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Identity;
using MediatR;

namespace EduRelief.Modules.SpecialNeeds.Features.ListHomes;

internal sealed class GetHomeHandler(SpecialNeedsDbContext db, ICallerContext caller) : IRequestHandler<GetHomeQuery, HomeResponse>
{
    public async Task<HomeResponse> Handle(GetHomeQuery request, CancellationToken cancellationToken) =>
        HomeResponse.Of(await db.FindHomeAsync(request.Code, caller, cancellationToken, tracked: false), caller);
}
