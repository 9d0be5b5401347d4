using EduRelief.Modules.TeacherSupport.Data;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Identity;
using MediatR;

namespace EduRelief.Modules.TeacherSupport.Features.GetCampaign;

internal sealed class GetCampaignHandler(TeacherSupportDbContext db, ICallerContext caller) : IRequestHandler<GetCampaignQuery, CampaignResponse>
{
    public async Task<CampaignResponse> Handle(GetCampaignQuery request, CancellationToken cancellationToken) =>
        CampaignResponse.Of(await db.FindCampaignAsync(request.Code, cancellationToken), caller.Scope);
}
