using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;

namespace EduRelief.Host.Tests.Subsidies;

/// <summary>Bad input is refused field by field; outreach activities are recorded and listed.</summary>
[Collection(HostCollection.Name)]
public sealed class SubsidiesInputTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task A_batch_for_an_unknown_programme_is_refused_naming_programmeCode()
    {
        var response = await _officer.PostBatchAsync("FreeLunch", "2025-1");

        Assert.NotEmpty((await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("programmeCode"));
    }

    [Theory]
    [InlineData("2025-3")]
    [InlineData("2025")]
    [InlineData("25-1")]
    [InlineData("")]
    public async Task A_batch_for_a_bad_term_is_refused_naming_term(string term)
    {
        var response = await _officer.PostBatchAsync("LivingSubsidy", term);

        Assert.NotEmpty((await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("term"));
    }

    [Fact]
    public async Task A_batch_without_a_body_is_refused()
    {
        var response = await _officer.PostRawJsonAsync(SubsidiesApi.Batches, "{}");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("programmeCode"));
        Assert.NotEmpty(problem.FieldErrors("term"));
    }

    [Fact]
    public async Task An_unknown_batch_is_not_found()
    {
        var id = Guid.NewGuid();
        await (await _officer.GetAsync($"{SubsidiesApi.Batches}/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await app.Staff().ApproveAsync(id.ToString())).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await _officer.ReconcileAsync(id.ToString(), $"{TestIds.NationalId()},1.00,paid,R,")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_exclusion_needs_a_reason()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var student = await _officer.RegisterAsync(school, true, "RegisteredPoorHousehold");
        var batch = await _officer.CreateBatchAsync("LivingSubsidy", $"{SubsidiesApi.NextYear()}-1");

        var response = await _officer.PostJsonAsync($"{SubsidiesApi.Batches}/{batch}/exclusions", new { nationalId = student.NationalId, reason = " " });

        Assert.NotEmpty((await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("reason"));
        Assert.Equal("Pending", (await _officer.LineOfAsync(batch, student)).Text("status"));
    }

    [Fact]
    public async Task Coverage_needs_a_year_and_a_known_programme()
    {
        var noYear = await _officer.GetAsync($"{SubsidiesApi.Coverage}?programme=LivingSubsidy");
        Assert.NotEmpty((await noYear.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("year"));

        var badProgramme = await _officer.GetAsync($"{SubsidiesApi.Coverage}?year=2025&programme=Nope");
        Assert.NotEmpty((await badProgramme.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("programme"));
    }

    [Fact]
    public async Task Payments_refuse_a_bad_term_filter()
    {
        var response = await _officer.GetAsync($"{SubsidiesApi.Payments}?term=2025-9");

        Assert.NotEmpty((await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("term"));
    }

    [Fact]
    public async Task Outreach_activities_are_recorded_and_listed_by_year_and_township()
    {
        var (township, _) = await _officer.TownshipWithSchoolAsync();
        var (other, _) = await _officer.TownshipWithSchoolAsync();
        var staff = app.Staff();

        var created = await staff.PostJsonAsync(SubsidiesApi.Outreach, new { date = "2031-05-20", townshipCode = township, kind = "政策宣讲会", participants = 120, materials = 300 });
        var body = await created.ShouldBeAsync(HttpStatusCode.Created);
        Assert.NotNull(created.Headers.Location);
        Assert.Equal(township, body.Text("townshipCode"));
        await (await staff.PostJsonAsync(SubsidiesApi.Outreach, new { date = "2032-01-10", townshipCode = township, kind = "入户走访", participants = 8, materials = 16 })).ShouldBeAsync(HttpStatusCode.Created);
        await (await staff.PostJsonAsync(SubsidiesApi.Outreach, new { date = "2031-06-01", townshipCode = other, kind = "发放明白纸", participants = 0, materials = 500 })).ShouldBeAsync(HttpStatusCode.Created);

        var listed = await (await _officer.GetAsync($"{SubsidiesApi.Outreach}?year=2031&townshipCode={township}")).ShouldBeAsync(HttpStatusCode.OK);

        var item = Assert.Single(listed["items"]!.AsArray())!;
        Assert.Equal("2031-05-20", item.Text("date"));
        Assert.Equal("政策宣讲会", item.Text("kind"));
        Assert.Equal(120, item.Number("participants"));
        Assert.Equal(300, item.Number("materials"));
        Assert.Equal(1, listed.Number("total"));

        // A township officer sees their township's activities only.
        var (officer, _) = app.CreateClientAs(EduRelief.SharedKernel.Identity.Roles.TownshipOfficer, townships: [other]);
        var theirs = await (await officer.GetAsync($"{SubsidiesApi.Outreach}?year=2031&pageSize=500")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.All(theirs["items"]!.AsArray(), a => Assert.Equal(other, a.Text("townshipCode")));
        Assert.Contains(theirs["items"]!.AsArray(), a => a.Text("kind") == "发放明白纸");
    }

    [Fact]
    public async Task Outreach_in_an_unknown_township_is_refused_naming_townshipCode()
    {
        var response = await app.Staff().PostJsonAsync(SubsidiesApi.Outreach, new { date = "2031-05-20", townshipCode = "NOPE-" + TestIds.Code("X"), kind = "宣讲", participants = 1, materials = 1 });

        Assert.NotEmpty((await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("townshipCode"));
    }

    [Fact]
    public async Task Outreach_with_negative_participants_is_refused()
    {
        var (township, _) = await _officer.TownshipWithSchoolAsync();

        var response = await app.Staff().PostJsonAsync(SubsidiesApi.Outreach, new { date = "2031-05-20", townshipCode = township, kind = "宣讲", participants = -3, materials = 1 });

        Assert.NotEmpty((await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("participants"));
        var listed = await (await _officer.GetAsync($"{SubsidiesApi.Outreach}?townshipCode={township}")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(0, listed.Number("total"));
    }

    [Fact]
    public async Task Outreach_needs_a_date_and_a_kind()
    {
        var (township, _) = await _officer.TownshipWithSchoolAsync();

        var response = await app.Staff().PostJsonAsync(SubsidiesApi.Outreach, new { townshipCode = township, participants = 1 });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("date"));
        Assert.NotEmpty(problem.FieldErrors("kind"));
    }
}
