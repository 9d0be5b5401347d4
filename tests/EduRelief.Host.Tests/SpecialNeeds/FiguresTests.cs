using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.SpecialNeeds;

/// <summary>Every figure of a county built through the API, counted from its records, each reachable by the list behind it.</summary>
[Collection(HostCollection.Name)]
public sealed class FiguresTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task The_figures_count_the_school_age_register_its_placements_the_homes_and_their_activities()
    {
        var (township, school) = await _officer.TownshipWithSchoolAsync();
        var today = SpecialNeedsApi.Day(SpecialNeedsApi.Today);
        var year = SpecialNeedsApi.Today.Year;
        await _officer.PlacedChildAsync(township, school, "RegularClass", today);
        await _officer.PlacedChildAsync(township, school, "HomeDelivered", today);
        var waiting = TestIds.NationalId(SpecialNeedsApi.SchoolAgeBirth);
        var waitingChild = await _officer.ChildAsync(township, waiting);
        await (await _officer.PlanAsync(waiting, "AwaitingPlacement", null, today, guardianConsentOn: null)).ShouldBeAsync(HttpStatusCode.Created);
        await _officer.ChildAsync(township, TestIds.NationalId(new DateOnly(year - 19, 5, 1)));
        var home = TestIds.Code("LB");
        await (await _officer.HomeAsync(home, school, openedOn: today)).ShouldBeAsync(HttpStatusCode.Created);
        var (a, b) = (await _officer.RegistryStudentAsync(school, leftBehind: true), await _officer.RegistryStudentAsync(school, leftBehind: true));
        await (await _officer.PostJsonAsync($"{SpecialNeedsApi.Homes}/{home}/children", new { nationalIds = new[] { a, b } })).ShouldBeAsync(HttpStatusCode.OK);
        await (await _officer.PostJsonAsync($"{SpecialNeedsApi.Homes}/{home}/activities", new { on = today, kind = "Counselling", participants = new[] { a } })).ShouldBeAsync(HttpStatusCode.Created);
        await (await _officer.PostJsonAsync($"{SpecialNeedsApi.Homes}/{home}/activities", new { on = today, kind = "FamilyCall", participants = new[] { a, b } })).ShouldBeAsync(HttpStatusCode.Created);
        var township_ = app.CreateClientAs(Roles.TownshipOfficer, townships: [township]).Client;

        var figures = await (await township_.GetAsync($"{SpecialNeedsApi.Figures}?year={year}")).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal(3, figures.Number("schoolAgeDisabled"));
        Assert.Equal(2, figures.Number("placed"));
        Assert.Equal(0.6667m, figures["enrolmentRate"]!.GetValue<decimal>());
        var unplaced = Assert.Single(figures["unplaced"]!.AsArray())!;
        Assert.Equal(waitingChild.Text("id"), unplaced.Text("childId"));
        Assert.Equal("AwaitingPlacement", unplaced.Text("mode"));
        var byMode = figures["byMode"]!;
        Assert.Equal((1, 1, 0, 0, 1, 0), (byMode.Number("RegularClass"), byMode.Number("HomeDelivered"), byMode.Number("SpecialSchool"), byMode.Number("Institution"), byMode.Number("AwaitingPlacement"), byMode.Number("None")));
        Assert.Equal((1, 1, 2), (figures.Number("homes"), figures.Number("counsellingSessions"), figures.Number("childrenReached")));

        async Task<int> TotalAsync(string url) => (await (await township_.GetAsync(url)).ShouldBeAsync(HttpStatusCode.OK)).Number("total");
        Assert.Equal(3, await TotalAsync($"{SpecialNeedsApi.Children}?schoolAgeIn={year}"));
        Assert.Equal(2, await TotalAsync($"{SpecialNeedsApi.Children}?schoolAgeIn={year}&placement=School"));
        Assert.Equal(1, await TotalAsync($"{SpecialNeedsApi.Children}?schoolAgeIn={year}&placement=Unplaced"));
        Assert.Equal(1, await TotalAsync($"{SpecialNeedsApi.Children}?schoolAgeIn={year}&placement=HomeDelivered"));
        Assert.Equal(1, await TotalAsync($"{SpecialNeedsApi.Homes}?openAtEndOf={year}"));
        Assert.Equal(1, await TotalAsync($"{SpecialNeedsApi.Activities}?kind=Counselling&year={year}"));
        Assert.Equal(2, await TotalAsync($"{SpecialNeedsApi.Reached}?year={year}"));
        Assert.Equal(0, (await (await township_.GetAsync($"{SpecialNeedsApi.Figures}?year={year - 1}")).ShouldBeAsync(HttpStatusCode.OK)).Number("homes"));
    }

    [Fact]
    public async Task A_missing_or_impossible_year_is_a_400_naming_it()
    {
        Assert.NotEmpty((await (await _officer.GetAsync(SpecialNeedsApi.Figures)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("year"));
        Assert.NotEmpty((await (await _officer.GetAsync($"{SpecialNeedsApi.Figures}?year=1890")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("year"));
        Assert.NotEmpty((await (await _officer.GetAsync($"{SpecialNeedsApi.Children}?placement=Somewhere")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("placement"));
    }
}
