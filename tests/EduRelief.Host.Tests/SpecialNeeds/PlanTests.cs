using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.SpecialNeeds;

/// <summary>One plan in force per child (一人一案): a change names the plan it replaces, school modes need an assessment, the guardian's confirmation and a child of school age.</summary>
[Collection(HostCollection.Name)]
public sealed class PlanTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task A_change_of_placement_replaces_the_current_plan_from_the_new_start_and_keeps_the_history()
    {
        var (township, school) = await _officer.TownshipWithSchoolAsync();
        var special = await _officer.SchoolAsync(township, stage: "Special");
        var (nationalId, first) = await _officer.PlacedChildAsync(township, school, "RegularClass", SpecialNeedsApi.DaysAgo(200));
        var switchOn = SpecialNeedsApi.DaysAgo(30);

        var second = await (await _officer.PlanAsync(nationalId, "SpecialSchool", special, switchOn, replacesPlanId: first.Text("id"))).ShouldBeAsync(HttpStatusCode.Created);

        Assert.Equal(first.Text("id"), second.Text("replacesPlanId"));
        Assert.True(second["current"]!.GetValue<bool>());
        var old = await (await _officer.GetAsync($"{SpecialNeedsApi.Plans}/{first.Text("id")}")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(switchOn, old.Text("endsOn"));
        Assert.False(old["current"]!.GetValue<bool>());
        var history = await _officer.ItemsAsync($"{SpecialNeedsApi.Plans}?nationalId={nationalId}");
        Assert.Equal(["RegularClass", "SpecialSchool"], history.Select(p => p.Text("mode")));
        Assert.Single(await _officer.ItemsAsync($"{SpecialNeedsApi.Plans}?nationalId={nationalId}&current=true"));
    }

    [Fact]
    public async Task A_second_plan_that_replaces_nothing_is_a_409_and_replacing_an_old_plan_too()
    {
        var (township, school) = await _officer.TownshipWithSchoolAsync();
        var (nationalId, first) = await _officer.PlacedChildAsync(township, school, "RegularClass", SpecialNeedsApi.DaysAgo(200));

        var twice = await (await _officer.PlanAsync(nationalId, "HomeDelivered", school, SpecialNeedsApi.DaysAgo(20))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains(first.Text("id"), Assert.Single(twice.FieldErrors("replacesPlanId")), StringComparison.Ordinal);

        var second = await (await _officer.PlanAsync(nationalId, "HomeDelivered", school, SpecialNeedsApi.DaysAgo(20), replacesPlanId: first.Text("id"))).ShouldBeAsync(HttpStatusCode.Created);
        await (await _officer.PlanAsync(nationalId, "RegularClass", school, SpecialNeedsApi.DaysAgo(10), replacesPlanId: first.Text("id"))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(2, (await _officer.ItemsAsync($"{SpecialNeedsApi.Plans}?nationalId={nationalId}")).Count);
        Assert.Equal(second.Text("id"), Assert.Single(await _officer.ItemsAsync($"{SpecialNeedsApi.Plans}?nationalId={nationalId}&current=true")).Text("id"));
    }

    [Fact]
    public async Task School_modes_need_an_assessment_the_guardians_confirmation_a_school_and_a_child_of_school_age()
    {
        var (township, school) = await _officer.TownshipWithSchoolAsync();
        var nationalId = TestIds.NationalId(SpecialNeedsApi.SchoolAgeBirth);
        await _officer.ChildAsync(township, nationalId);
        var start = SpecialNeedsApi.DaysAgo(10);

        Assert.NotEmpty((await (await _officer.PlanAsync(nationalId, "RegularClass", school, start)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("nationalId"));
        await (await _officer.AssessAsync(nationalId)).ShouldBeAsync(HttpStatusCode.Created);
        Assert.NotEmpty((await (await _officer.PlanAsync(nationalId, "RegularClass", school, start, guardianConsentOn: null)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("guardianConsentOn"));
        Assert.NotEmpty((await (await _officer.PlanAsync(nationalId, "RegularClass", null, start)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("schoolCode"));
        Assert.NotEmpty((await (await _officer.PlanAsync(nationalId, "SpecialSchool", school, start)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("schoolCode"));
        Assert.NotEmpty((await (await _officer.PlanAsync(nationalId, "RegularClass", "NO-SUCH-SCHOOL", start)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("schoolCode"));
        Assert.NotEmpty((await (await _officer.PlanAsync(nationalId, "Institution", school, start)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("schoolCode"));
        Assert.NotEmpty((await (await _officer.PlanAsync(nationalId, "Boarding", school, start)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("mode"));
        Assert.NotEmpty((await (await _officer.PlanAsync(nationalId, "RegularClass", school, start, reviewOn: start)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("reviewOn"));
        Assert.Empty(await _officer.ItemsAsync($"{SpecialNeedsApi.Plans}?nationalId={nationalId}"));

        var young = TestIds.NationalId(SpecialNeedsApi.Today.AddYears(-4));
        await _officer.ChildAsync(township, young);
        await (await _officer.AssessAsync(young)).ShouldBeAsync(HttpStatusCode.Created);
        var tooYoung = await (await _officer.PlanAsync(young, "RegularClass", school, start)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("outside school age", Assert.Single(tooYoung.FieldErrors("nationalId")), StringComparison.Ordinal);
        await (await _officer.PlanAsync(young, "AwaitingPlacement", null, start, guardianConsentOn: null)).ShouldBeAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_plan_for_a_child_not_on_the_register_is_a_400_naming_the_field()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();

        var problem = await (await _officer.PlanAsync(TestIds.NationalId(SpecialNeedsApi.SchoolAgeBirth), "RegularClass", school, SpecialNeedsApi.DaysAgo(1))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("is on the register", Assert.Single(problem.FieldErrors("nationalId")), StringComparison.Ordinal);
        Assert.NotEmpty((await (await _officer.AssessAsync(TestIds.NationalId())).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("nationalId"));
    }

    [Fact]
    public async Task Problems_speak_Chinese_unless_English_is_asked_for()
    {
        var (township, school) = await _officer.TownshipWithSchoolAsync();
        var (nationalId, _) = await _officer.PlacedChildAsync(township, school, "RegularClass", SpecialNeedsApi.DaysAgo(100));
        _officer.DefaultRequestHeaders.AcceptLanguage.Clear();

        var problem = await (await _officer.PlanAsync(nationalId, "HomeDelivered", school, SpecialNeedsApi.DaysAgo(5))).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("变更安置须在 replacesPlanId 中注明", Assert.Single(problem.FieldErrors("replacesPlanId")), StringComparison.Ordinal);
        Assert.Contains("不在残疾儿童名册上", Assert.Single((await (await _officer.AssessAsync(TestIds.NationalId())).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("nationalId")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Placing_a_registered_student_appends_to_the_student_file_once()
    {
        var (township, school) = await _officer.TownshipWithSchoolAsync();
        var nationalId = await _officer.RegistryStudentAsync(school, disabilityCategory: "Hearing", disabilityGrade: 2);
        var studentId = Assert.Single(await _officer.ItemsAsync($"/api/registry/students?nationalId={nationalId}")).Text("id");

        var (_, plan) = await _officer.PlacedChildAsync(township, school, "RegularClass", SpecialNeedsApi.DaysAgo(40), nationalId);

        var entries = await Eventually.MatchAsync(
            async () => (await (await _officer.GetAsync($"/api/registry/students/{studentId}/file")).ShouldBeAsync(HttpStatusCode.OK))["entries"]!.AsArray()
                .Where(e => e!["sourceModule"]?.GetValue<string>() == "SpecialNeeds").ToList(),
            e => e.Count > 0,
            "the placement in the student file");
        var entry = Assert.Single(entries);
        Assert.Equal("Placement", entry.Text("kind"));
        Assert.Contains("随班就读", entry.Text("title"), StringComparison.Ordinal);
        Assert.Equal(plan.Text("startsOn"), entry.Text("occurredOn"));
    }

    [Fact]
    public async Task A_township_placing_its_child_who_attends_a_school_beyond_it_still_writes_the_student_file()
    {
        var (township, school) = await _officer.TownshipWithSchoolAsync();
        var (_, beyondSchool) = await _officer.TownshipWithSchoolAsync();
        var nationalId = await _officer.RegistryStudentAsync(beyondSchool, disabilityCategory: "Hearing", disabilityGrade: 2);
        var studentId = Assert.Single(await _officer.ItemsAsync($"/api/registry/students?nationalId={nationalId}")).Text("id");
        var officer = app.CreateClientAs(Roles.TownshipOfficer, townships: [township]).Client;

        await officer.PlacedChildAsync(township, school, "RegularClass", SpecialNeedsApi.DaysAgo(15), nationalId);

        var entries = await Eventually.MatchAsync(
            async () => (await (await _officer.GetAsync($"/api/registry/students/{studentId}/file")).ShouldBeAsync(HttpStatusCode.OK))["entries"]!.AsArray()
                .Where(e => e!["sourceModule"]?.GetValue<string>() == "SpecialNeeds").ToList(),
            e => e.Count > 0,
            "the township's placement in the student file");
        Assert.Equal("Placement", Assert.Single(entries).Text("kind"));
        await (await officer.GetAsync($"/api/registry/students/{studentId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
