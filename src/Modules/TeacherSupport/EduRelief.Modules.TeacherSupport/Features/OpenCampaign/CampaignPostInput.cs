namespace EduRelief.Modules.TeacherSupport.Features.OpenCampaign;

/// <summary>One school's posts as sent: <c>{schoolCode, count}</c>.</summary>
internal sealed record CampaignPostInput(string? SchoolCode, int? Count);
