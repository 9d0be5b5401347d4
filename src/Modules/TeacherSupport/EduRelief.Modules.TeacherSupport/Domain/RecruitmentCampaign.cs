using EduRelief.SharedKernel.Errors;

namespace EduRelief.Modules.TeacherSupport.Domain;

/// <summary>
/// A recruitment campaign of one year (e.g. 特岗教师招聘): posts per school, filled by hires. A school's hires never
/// exceed its posts; a hire to a school that is not rural or remote is kept but does not count toward the rural plan.
/// </summary>
internal sealed class RecruitmentCampaign
{
    private readonly List<CampaignPost> _posts = [];
    private readonly List<Hire> _hires = [];

    public Guid Id { get; init; }

    public required string Code { get; init; }

    public int Year { get; init; }

    public required string Name { get; init; }

    public IReadOnlyList<CampaignPost> Posts => _posts;

    public IReadOnlyList<Hire> Hires => _hires;

    public static RecruitmentCampaign Open(Guid id, string code, int year, string name, IReadOnlyList<(PostedSchool School, int Count)> posts)
    {
        var campaign = new RecruitmentCampaign { Id = id, Code = code, Year = year, Name = name };
        foreach (var (school, count) in posts)
        {
            campaign._posts.Add(new CampaignPost
            {
                CampaignId = id, SchoolCode = school.Code, TownshipCode = school.TownshipCode, Location = school.Location, Count = count,
            });
        }

        return campaign;
    }

    /// <summary>Fills the next post at the teacher's school: the seat number is unique per post in the database, so two hires at once cannot both take the last.</summary>
    public Hire Hire(Teacher teacher)
    {
        var post = _posts.FirstOrDefault(p => p.SchoolCode == teacher.SchoolCode)
            ?? throw ValidationFailedException.For("schoolCode", TeacherText.NoPostsAt(teacher.SchoolCode, Code));
        if (teacher.HiredOn.Year != Year)
        {
            throw ValidationFailedException.For("hiredOn", TeacherText.OutsideCampaignYear(Year));
        }

        var filled = _hires.Count(h => h.PostId == post.Id);
        if (filled >= post.Count)
        {
            throw new ConflictException("schoolCode", TeacherText.PostsFilled(teacher.SchoolCode, post.Count));
        }

        var hire = new Hire
        {
            CampaignId = Id,
            PostId = post.Id,
            Seat = filled + 1,
            TeacherId = teacher.Id,
            SchoolCode = teacher.SchoolCode,
            TownshipCode = teacher.TownshipCode,
            HiredOn = teacher.HiredOn,
            Rural = post.Location.IsRural(),
        };
        _hires.Add(hire);
        return hire;
    }
}
