using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;

namespace EduRelief.Host.Tests.TeacherSupport;

/// <summary>Campaigns: posts per school filled by hires that create the teacher, never beyond the posts; a hire to a town or urban school is not rural.</summary>
[Collection(HostCollection.Name)]
public sealed class RecruitmentTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task Hires_fill_the_posts_create_the_teachers_and_only_those_at_rural_or_remote_schools_count_toward_the_rural_plan()
    {
        var (township, remote) = await _officer.TownshipWithSchoolAsync(location: "Remote");
        var town = await _officer.SchoolAsync(township, location: "Town");
        var year = TeacherApi.Today.Year;
        var campaign = await _officer.CampaignAsync(year, (remote, 2), (town, 1));
        var hiredOn = TeacherApi.Day(new DateOnly(year, 1, 1));

        var first = await (await _officer.HireAsync(campaign, remote, hiredOn)).ShouldBeAsync(HttpStatusCode.Created);
        await (await _officer.HireAsync(campaign, remote, hiredOn)).ShouldBeAsync(HttpStatusCode.Created);
        var atTown = await (await _officer.HireAsync(campaign, town, hiredOn)).ShouldBeAsync(HttpStatusCode.Created);

        Assert.True(first.Flag("rural"));
        Assert.Equal(1, first.Number("seat"));
        Assert.False(atTown.Flag("rural"));
        Assert.True(first["teacher"]!.Flag("specialPost"));
        Assert.Equal(remote, (await _officer.GetTeacherAsync(first["teacher"].Text("id"))).Text("schoolCode"));
        var read = await (await _officer.GetAsync($"{TeacherApi.Campaigns}/{campaign}")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(3, read.Number("hired"));
        Assert.Equal(2, read.Number("ruralHired"));
        var hires = await _officer.ItemsAsync($"{TeacherApi.Hires}?campaignCode={campaign}&year={year}");
        Assert.Equal(3, hires.Count);
        Assert.Equal(2, (await _officer.ItemsAsync($"{TeacherApi.Hires}?campaignCode={campaign}&rural=true")).Count);
        Assert.Equal(3, (await _officer.ItemsAsync($"{TeacherApi.Teachers}?townshipCode={township}")).Count);
    }

    [Fact]
    public async Task A_hire_beyond_the_posts_to_an_unknown_school_or_a_school_without_posts_is_refused_and_adds_no_teacher()
    {
        var (township, rural) = await _officer.TownshipWithSchoolAsync();
        var other = await _officer.SchoolAsync(township);
        var year = TeacherApi.Today.Year;
        var campaign = await _officer.CampaignAsync(year, (rural, 1));
        var hiredOn = TeacherApi.Day(new DateOnly(year, 1, 2));
        await (await _officer.HireAsync(campaign, rural, hiredOn)).ShouldBeAsync(HttpStatusCode.Created);

        var beyond = await (await _officer.HireAsync(campaign, rural, hiredOn)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("filled", Assert.Single(beyond.FieldErrors("schoolCode")), StringComparison.Ordinal);
        Assert.NotEmpty((await (await _officer.HireAsync(campaign, "NO-SUCH-SCHOOL", hiredOn)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("schoolCode"));
        Assert.NotEmpty((await (await _officer.HireAsync(campaign, other, hiredOn)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("schoolCode"));
        Assert.NotEmpty((await (await _officer.HireAsync(campaign, rural, TeacherApi.Day(new DateOnly(year - 1, 12, 31)))).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("hiredOn"));
        var (wrong, _) = TestIds.WithWrongCheck();
        Assert.NotEmpty((await (await _officer.HireAsync(campaign, rural, hiredOn, wrong)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("nationalId"));
        await (await _officer.HireAsync("NO-SUCH-CAMPAIGN", rural, hiredOn)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        Assert.Single(await _officer.ItemsAsync($"{TeacherApi.Teachers}?townshipCode={township}"));
        Assert.Equal(1, (await (await _officer.GetAsync($"{TeacherApi.Campaigns}/{campaign}")).ShouldBeAsync(HttpStatusCode.OK)).Number("hired"));
    }

    [Fact]
    public async Task Two_hires_at_once_for_the_last_post_fill_it_once()
    {
        var (township, rural) = await _officer.TownshipWithSchoolAsync();
        var year = TeacherApi.Today.Year;
        var campaign = await _officer.CampaignAsync(year, (rural, 1));
        var hiredOn = TeacherApi.Day(new DateOnly(year, 1, 3));

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _officer.HireAsync(campaign, rural, hiredOn)));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        Assert.Single(await _officer.ItemsAsync($"{TeacherApi.Teachers}?townshipCode={township}"));
    }

    [Fact]
    public async Task A_campaign_with_a_school_twice_no_posts_a_non_positive_count_or_a_taken_code_is_refused()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var code = TestIds.Code("RC");
        var body = (object posts) => new { code, year = 2025, name = "招聘", posts };

        var twice = await (await _officer.PostJsonAsync(TeacherApi.Campaigns, body(new[] { new { schoolCode = school, count = 1 }, new { schoolCode = school, count = 2 } }))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(twice.FieldErrors("posts[1].schoolCode"));
        Assert.NotEmpty((await (await _officer.PostJsonAsync(TeacherApi.Campaigns, body(Array.Empty<object>()))).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("posts"));
        Assert.NotEmpty((await (await _officer.PostJsonAsync(TeacherApi.Campaigns, body(new[] { new { schoolCode = school, count = 0 } }))).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("posts[0].count"));
        Assert.NotEmpty((await (await _officer.PostJsonAsync(TeacherApi.Campaigns, body(new[] { new { schoolCode = "NO-SUCH", count = 1 } }))).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("posts[0].schoolCode"));
        await (await _officer.PostJsonAsync(TeacherApi.Campaigns, body(new[] { new { schoolCode = school, count = 1 } }))).ShouldBeAsync(HttpStatusCode.Created);
        Assert.NotEmpty((await (await _officer.PostJsonAsync(TeacherApi.Campaigns, body(new[] { new { schoolCode = school, count = 1 } }))).ShouldBeProblemAsync(HttpStatusCode.Conflict)).FieldErrors("code"));
    }
}
