using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;

namespace EduRelief.Host.Tests.SpecialNeeds;

/// <summary>Left-behind children homes: at a school or village, children the Registry flags left-behind, activities with participants.</summary>
[Collection(HostCollection.Name)]
public sealed class HomeTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task A_home_takes_left_behind_students_and_refuses_any_other_with_the_reason_attaching_none()
    {
        var (township, school) = await _officer.TownshipWithSchoolAsync();
        var code = TestIds.Code("LB");
        var home = await (await _officer.HomeAsync(code, school)).ShouldBeAsync(HttpStatusCode.Created);
        Assert.Equal(township, home.Text("townshipCode"));
        Assert.Equal(["赵老师", "钱老师"], home["counsellors"]!.AsArray().Select(c => c!.GetValue<string>()));
        var leftBehind = await _officer.RegistryStudentAsync(school, leftBehind: true);
        var atHome = await _officer.RegistryStudentAsync(school, leftBehind: false);

        var refused = await (await _officer.PostJsonAsync($"{SpecialNeedsApi.Homes}/{code}/children", new { nationalIds = new[] { leftBehind, atHome } })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("left-behind", Assert.Single(refused.FieldErrors("nationalIds[1]")), StringComparison.Ordinal);
        var notAStudent = await (await _officer.PostJsonAsync($"{SpecialNeedsApi.Homes}/{code}/children", new { nationalIds = new[] { TestIds.NationalId() } })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("not a student", Assert.Single(notAStudent.FieldErrors("nationalIds[0]")), StringComparison.Ordinal);
        Assert.Empty((await (await _officer.GetAsync($"{SpecialNeedsApi.Homes}/{code}")).ShouldBeAsync(HttpStatusCode.OK))["children"]!.AsArray());

        var attached = await (await _officer.PostJsonAsync($"{SpecialNeedsApi.Homes}/{code}/children", new { nationalIds = new[] { leftBehind } })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(leftBehind, Assert.Single(attached["children"]!.AsArray())!.Text("nationalId"));
        var again = await (await _officer.PostJsonAsync($"{SpecialNeedsApi.Homes}/{code}/children", new { nationalIds = new[] { leftBehind } })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Single(again["children"]!.AsArray());
    }

    [Fact]
    public async Task Activities_take_attached_children_and_bad_homes_and_activities_are_refused()
    {
        var (township, school) = await _officer.TownshipWithSchoolAsync();
        var village = await _officer.VillageAsync(township);
        var code = TestIds.Code("LB");
        await (await _officer.HomeAsync(code, null, village)).ShouldBeAsync(HttpStatusCode.Created);
        var child = await _officer.RegistryStudentAsync(school, leftBehind: true);
        var stranger = await _officer.RegistryStudentAsync(school, leftBehind: true);
        await (await _officer.PostJsonAsync($"{SpecialNeedsApi.Homes}/{code}/children", new { nationalIds = new[] { child } })).ShouldBeAsync(HttpStatusCode.OK);

        var call = await (await _officer.PostJsonAsync($"{SpecialNeedsApi.Homes}/{code}/activities", new { on = SpecialNeedsApi.DaysAgo(3), kind = "FamilyCall", participants = new[] { child } })).ShouldBeAsync(HttpStatusCode.Created);
        Assert.Equal("FamilyCall", call.Text("kind"));
        Assert.NotEmpty((await (await _officer.PostJsonAsync($"{SpecialNeedsApi.Homes}/{code}/activities", new { on = SpecialNeedsApi.DaysAgo(3), kind = "Counselling", participants = new[] { stranger } })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("participants[0]"));
        Assert.NotEmpty((await (await _officer.PostJsonAsync($"{SpecialNeedsApi.Homes}/{code}/activities", new { on = SpecialNeedsApi.DaysAgo(400), kind = "Counselling", participants = new[] { child } })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("on"));
        Assert.NotEmpty((await (await _officer.PostJsonAsync($"{SpecialNeedsApi.Homes}/{code}/activities", new { on = SpecialNeedsApi.DaysAgo(3), kind = "Party", participants = new[] { child } })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("kind"));
        Assert.Single(await _officer.ItemsAsync($"{SpecialNeedsApi.Activities}?homeCode={code}"));

        Assert.NotEmpty((await (await _officer.HomeAsync(code, school)).ShouldBeProblemAsync(HttpStatusCode.Conflict)).FieldErrors("code"));
        Assert.NotEmpty((await (await _officer.HomeAsync(TestIds.Code("LB"), school, village)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("schoolCode"));
        Assert.NotEmpty((await (await _officer.HomeAsync(TestIds.Code("LB"), "NO-SUCH-SCHOOL")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("schoolCode"));
        Assert.NotEmpty((await (await _officer.HomeAsync(TestIds.Code("LB"), null, "NO-SUCH-VILLAGE")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("villageCode"));
        await (await _officer.PostJsonAsync($"{SpecialNeedsApi.Homes}/NO-SUCH-HOME/children", new { nationalIds = new[] { child } })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
