using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Modules.TeacherSupport.Features.GetCampaign;

/// <summary>A campaign with the posts of the schools in the caller's scope, and its hires there: all, and those that count toward the rural plan.</summary>
internal sealed record CampaignResponse(string Code, int Year, string Name, IReadOnlyList<CampaignPostResponse> Posts, int Hired, int RuralHired)
{
    public static CampaignResponse Of(RecruitmentCampaign c, DataScope scope)
    {
        var posts = c.Posts.Where(p => scope.Includes(p.TownshipCode, p.SchoolCode))
            .OrderBy(p => p.SchoolCode, StringComparer.Ordinal)
            .Select(p => new CampaignPostResponse(p.SchoolCode, p.TownshipCode, p.Location, p.Count, c.Hires.Count(h => h.PostId == p.Id), p.Location.IsRural()))
            .ToList();
        return new CampaignResponse(c.Code, c.Year, c.Name, posts, posts.Sum(p => p.Hired), posts.Where(p => p.Rural).Sum(p => p.Hired));
    }
}
