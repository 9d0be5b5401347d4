using System.Net;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.SpecialNeeds;

namespace EduRelief.Host.Tests.DropoutControl;

/// <summary>Every bad input issue 16 names: a clear problem naming the field, and nothing changed.</summary>
[Collection(HostCollection.Name)]
public sealed class BadInputTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task A_case_without_all_six_owners_names_each_missing_one_and_opens_nothing()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var nationalId = await _officer.RegistryStudentAsync(school);
        var owners = new { government = new { county = "县长 张", township = " " }, education = new { school = "校长 钱" } };

        var problem = await (await _officer.OpenAsync(nationalId, owners: owners)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        foreach (var field in new[] { "owners.government.township", "owners.government.village", "owners.education.bureau", "owners.education.classTeacher" })
        {
            Assert.Contains("six owners", Assert.Single(problem.FieldErrors(field)), StringComparison.Ordinal);
        }

        Assert.Empty(problem.FieldErrors("owners.government.county"));
        await NoCaseAsync(nationalId);
    }

    [Fact]
    public async Task A_second_open_case_for_a_student_is_a_409()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var (nationalId, first) = await _officer.CaseAsync(school);

        var problem = await (await _officer.OpenAsync(nationalId, stage: "Suspected")).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains(first.Text("id"), Assert.Single(problem.FieldErrors("nationalId")), StringComparison.Ordinal);
        Assert.Single(await _officer.ItemsAsync($"{DropoutControlApi.Cases}?nationalId={nationalId}"));
    }

    [Fact]
    public async Task Two_cases_opened_at_once_for_one_student_store_one()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var nationalId = await _officer.RegistryStudentAsync(school);

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _officer.OpenAsync(nationalId)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Single(await _officer.ItemsAsync($"{DropoutControlApi.Cases}?nationalId={nationalId}"));
    }

    [Fact]
    public async Task A_student_outside_compulsory_age_or_not_in_the_Registry_is_refused()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var older = await _officer.RegistryStudentAsync(school, nationalId: TestIds.NationalId(SpecialNeedsApi.Today.AddYears(-17)));

        var problem = await (await _officer.OpenAsync(older)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("outside compulsory-education age", Assert.Single(problem.FieldErrors("nationalId")), StringComparison.Ordinal);
        await NoCaseAsync(older);
        var unknown = TestIds.NationalId(SpecialNeedsApi.SchoolAgeBirth);
        Assert.Contains("not a student", Assert.Single((await (await _officer.OpenAsync(unknown)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("nationalId")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_stage_reason_or_date_names_the_field()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var nationalId = await _officer.RegistryStudentAsync(school);

        Assert.NotEmpty((await (await _officer.OpenAsync(nationalId, stage: "Persuading")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("stage"));
        Assert.NotEmpty((await (await _officer.OpenAsync(nationalId, reasons: ["Learning", "Boredom"])).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("reasons[1]"));
        Assert.NotEmpty((await (await _officer.OpenAsync(nationalId, reasons: ["Work", "Work"])).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("reasons[1]"));
        Assert.NotEmpty((await (await _officer.OpenAsync(nationalId, reasons: [])).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("reasons"));
        Assert.NotEmpty((await (await _officer.OpenAsync(nationalId, detectedOn: SpecialNeedsApi.Day(SpecialNeedsApi.Today.AddDays(1)))).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("detectedOn"));
        Assert.NotEmpty((await (await _officer.OpenAsync("52010220150305123")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("nationalId"));
        await NoCaseAsync(nationalId);
    }

    [Fact]
    public async Task An_attempt_before_detection_and_a_notice_due_before_its_issue_change_nothing()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var (_, opened) = await _officer.CaseAsync(school);
        var id = opened.Text("id");
        var before = await _officer.GetCaseAsync(id);

        var early = await (await _officer.AttemptAsync(id, SpecialNeedsApi.DaysAgo(61))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var backwards = await (await _officer.NoticeAsync(id, SpecialNeedsApi.DaysAgo(10), SpecialNeedsApi.DaysAgo(11))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var sameDay = await (await _officer.NoticeAsync(id, SpecialNeedsApi.DaysAgo(10), SpecialNeedsApi.DaysAgo(10))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("before the case was detected", Assert.Single(early.FieldErrors("on")), StringComparison.Ordinal);
        Assert.Contains("after the notice's issue date", Assert.Single(backwards.FieldErrors("returnBy")), StringComparison.Ordinal);
        Assert.NotEmpty(sameDay.FieldErrors("returnBy"));
        await UnchangedAsync(before);
    }

    [Fact]
    public async Task Returned_without_a_school_and_Exempted_without_the_authority_change_nothing()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var (_, opened) = await _officer.CaseAsync(school);
        var id = opened.Text("id");
        var before = await _officer.GetCaseAsync(id);

        var noSchool = await (await _officer.CloseAsync(id, "Returned", SpecialNeedsApi.DaysAgo(1))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var unknownSchool = await (await _officer.CloseAsync(id, "Returned", SpecialNeedsApi.DaysAgo(1), schoolCode: "NO-SUCH-SCHOOL")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var noAuthority = await (await _officer.CloseAsync(id, "Exempted", SpecialNeedsApi.DaysAgo(1))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var badOutcome = await (await _officer.CloseAsync(id, "Vanished", SpecialNeedsApi.DaysAgo(1))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("names the school", Assert.Single(noSchool.FieldErrors("schoolCode")), StringComparison.Ordinal);
        Assert.NotEmpty(unknownSchool.FieldErrors("schoolCode"));
        Assert.Contains("approving authority", Assert.Single(noAuthority.FieldErrors("approval")), StringComparison.Ordinal);
        Assert.NotEmpty(badOutcome.FieldErrors("outcome"));
        await UnchangedAsync(before);
    }

    [Fact]
    public async Task An_outcome_on_a_closed_case_and_a_move_backwards_are_409s()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var (_, persuading) = await _officer.CaseAsync(school);
        var id = persuading.Text("id");
        await (await _officer.AttemptAsync(id, SpecialNeedsApi.DaysAgo(30))).ShouldBeAsync(HttpStatusCode.Created);
        var before = await _officer.GetCaseAsync(id);

        var back = await (await _officer.StageAsync(id, "Confirmed", SpecialNeedsApi.DaysAgo(1))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var skip = await (await _officer.StageAsync(id, "Observed", SpecialNeedsApi.DaysAgo(1))).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("moves forward only", Assert.Single(back.FieldErrors("stage")), StringComparison.Ordinal);
        Assert.NotEmpty(skip.FieldErrors("stage"));
        await UnchangedAsync(before);

        await (await _officer.CloseAsync(id, "Other", SpecialNeedsApi.DaysAgo(1))).ShouldBeAsync(HttpStatusCode.OK);
        var closed = await _officer.GetCaseAsync(id);
        await (await _officer.CloseAsync(id, "Deferred", SpecialNeedsApi.DaysAgo(1), approval: "乡政府")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await _officer.AttemptAsync(id, SpecialNeedsApi.DaysAgo(1))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await UnchangedAsync(closed);
    }

    [Fact]
    public async Task A_second_outcome_on_a_returned_case_is_a_409()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var (_, opened) = await _officer.CaseAsync(school);
        var id = opened.Text("id");
        await (await _officer.CloseAsync(id, "Returned", SpecialNeedsApi.DaysAgo(2), schoolCode: school)).ShouldBeAsync(HttpStatusCode.OK);
        var before = await _officer.GetCaseAsync(id);

        var again = await (await _officer.CloseAsync(id, "Other", SpecialNeedsApi.DaysAgo(1))).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        Assert.NotEmpty(again.FieldErrors("outcome"));
        await UnchangedAsync(before);
    }

    [Fact]
    public async Task Problems_speak_Chinese_unless_English_is_asked_for()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var (_, opened) = await _officer.CaseAsync(school);
        _officer.DefaultRequestHeaders.AcceptLanguage.Clear();

        var problem = await (await _officer.CloseAsync(opened.Text("id"), "Exempted", SpecialNeedsApi.DaysAgo(1))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("审批机关", Assert.Single(problem.FieldErrors("approval")), StringComparison.Ordinal);
    }

    private async Task NoCaseAsync(string nationalId) =>
        Assert.Empty(await _officer.ItemsAsync($"{DropoutControlApi.Cases}?nationalId={nationalId}"));

    private async Task UnchangedAsync(JsonNode before) =>
        Assert.Equal(before.ToJsonString(), (await _officer.GetCaseAsync(before.Text("id"))).ToJsonString());
}
