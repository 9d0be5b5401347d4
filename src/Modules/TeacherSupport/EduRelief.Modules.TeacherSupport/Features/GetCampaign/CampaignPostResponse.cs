using EduRelief.Contracts.Registry;

namespace EduRelief.Modules.TeacherSupport.Features.GetCampaign;

/// <summary>A school's posts and how many are filled; <c>rural</c> when its hires count toward the rural plan.</summary>
internal sealed record CampaignPostResponse(string SchoolCode, string TownshipCode, SchoolLocation Location, int Posts, int Hired, bool Rural);
