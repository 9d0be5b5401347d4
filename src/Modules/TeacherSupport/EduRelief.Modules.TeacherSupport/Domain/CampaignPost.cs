using EduRelief.Contracts.Registry;

namespace EduRelief.Modules.TeacherSupport.Domain;

/// <summary>How many teachers a campaign recruits for one school.</summary>
internal sealed class CampaignPost : ISchoolRecord
{
    public long Id { get; init; }

    public Guid CampaignId { get; init; }

    public required string SchoolCode { get; init; }

    public required string TownshipCode { get; init; }

    public SchoolLocation Location { get; init; }

    public int Count { get; init; }
}
