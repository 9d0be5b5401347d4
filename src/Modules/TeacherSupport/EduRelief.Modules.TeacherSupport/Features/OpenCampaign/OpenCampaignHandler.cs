using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.TeacherSupport.Data;
using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.Modules.TeacherSupport.Features.GetCampaign;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Primitives;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.TeacherSupport.Features.OpenCampaign;

internal sealed class OpenCampaignHandler(TeacherSupportDbContext db, IMediator mediator, ICallerContext caller, TimeProvider time)
    : IRequestHandler<OpenCampaignCommand, CampaignResponse>
{
    public async Task<CampaignResponse> Handle(OpenCampaignCommand request, CancellationToken cancellationToken)
    {
        var code = request.Code!.Trim();
        var posts = new List<(PostedSchool, int)>();
        for (var i = 0; i < request.Posts!.Count; i++)
        {
            posts.Add((await mediator.RequireSchoolAsync($"posts[{i}].schoolCode", request.Posts[i].SchoolCode!, cancellationToken), request.Posts[i].Count!.Value));
        }

        if (await db.Campaigns.AnyAsync(c => c.Code == code, cancellationToken))
        {
            throw new ConflictException("code", TeacherText.CodeTaken(code));
        }

        var campaign = RecruitmentCampaign.Open(TimeOrderedId.Next(time.GetUtcNow()), code, request.Year!.Value, request.Name!.Trim(), posts);
        db.Campaigns.Add(campaign);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Caused(ex))
        {
            throw new ConflictException("code", TeacherText.CodeTaken(code));
        }

        return CampaignResponse.Of(campaign, caller.Scope);
    }
}
