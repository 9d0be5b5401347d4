using System.Net;
using EduRelief.Contracts.SpecialNeeds;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Host.Tests.SpecialNeeds;

/// <summary>Each plan is announced to other modules by the outbox, in the plan's own transaction: a refused or losing plan tells no one.</summary>
[Collection(HostCollection.Name)]
public sealed class PlacementEventTests : IDisposable
{
    private readonly RecordedPlacements _events = new();
    private readonly EduReliefApp _app;
    private readonly HttpClient _officer;

    public PlacementEventTests()
    {
        _app = new EduReliefApp(new Dictionary<string, string?>(), services =>
            services.AddSingleton<INotificationHandler<ChildPlacedIntegrationEvent>>(_events));
        _officer = _app.CreateClient();
    }

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_plan_and_a_change_of_placement_are_each_announced_once_after_the_commit()
    {
        var (township, school) = await _officer.TownshipWithSchoolAsync();
        var nationalId = await _officer.RegistryStudentAsync(school, disabilityCategory: "Hearing", disabilityGrade: 2);
        var studentId = Assert.Single(await _officer.ItemsAsync($"/api/registry/students?nationalId={nationalId}")).Text("id");
        var (_, first) = await _officer.PlacedChildAsync(township, school, "RegularClass", SpecialNeedsApi.DaysAgo(100), nationalId);
        var second = await (await _officer.PlanAsync(nationalId, "HomeDelivered", school, SpecialNeedsApi.DaysAgo(10), replacesPlanId: first.Text("id"))).ShouldBeAsync(HttpStatusCode.Created);

        var placed = await Eventually.MatchAsync(
            () => Task.FromResult(_events.Received.Where(e => e.ChildId == Guid.Parse(first.Text("childId"))).OrderBy(e => e.StartsOn).ToList()),
            list => list.Count >= 2,
            "both placements announced");

        Assert.Equal([first.Text("id"), second.Text("id")], placed.Select(e => e.PlanId.ToString()));
        Assert.Equal(("RegularClass", true, school, township), (placed[0].Mode, placed[0].SchoolMode, placed[0].SchoolCode, placed[0].TownshipCode));
        Assert.Equal(Guid.Parse(first.Text("id")), placed[1].ReplacesPlanId);
        Assert.All(placed, e => Assert.Equal(Guid.Parse(studentId), e.StudentId));
        await Task.Delay(500);
        Assert.Equal(2, _events.Received.Count(e => e.ChildId == placed[0].ChildId));
    }

    [Fact]
    public async Task Of_two_plans_racing_for_one_child_only_the_stored_one_is_announced_and_a_refused_plan_not_at_all()
    {
        var (township, school) = await _officer.TownshipWithSchoolAsync();
        var children = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var nationalId = TestIds.NationalId(SpecialNeedsApi.SchoolAgeBirth);
            await _officer.ChildAsync(township, nationalId);
            await (await _officer.AssessAsync(nationalId)).ShouldBeAsync(HttpStatusCode.Created);
            children.Add(nationalId);
        }

        var stored = new List<string>();
        foreach (var nationalId in children)
        {
            var race = await Task.WhenAll(
                _officer.PlanAsync(nationalId, "RegularClass", school, SpecialNeedsApi.DaysAgo(30)),
                _officer.PlanAsync(nationalId, "HomeDelivered", school, SpecialNeedsApi.DaysAgo(20)));
            Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], race.Select(r => r.StatusCode).Order());
            stored.Add((await race.Single(r => r.StatusCode == HttpStatusCode.Created).ShouldBeAsync(HttpStatusCode.Created)).Text("id"));
        }

        var young = TestIds.NationalId(SpecialNeedsApi.Today.AddYears(-4));
        await _officer.ChildAsync(township, young);
        await (await _officer.PlanAsync(young, "RegularClass", school, SpecialNeedsApi.DaysAgo(5))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        await Eventually.MatchAsync(
            () => Task.FromResult(_events.Received.Count(e => e.TownshipCode == township)),
            n => n >= stored.Count,
            "the stored plans announced");
        await Task.Delay(500);
        var announced = _events.Received.Where(e => e.TownshipCode == township).Select(e => e.PlanId.ToString()).Order(StringComparer.Ordinal);
        Assert.Equal(stored.Order(StringComparer.Ordinal), announced);
        Assert.All(_events.Received.Where(e => e.TownshipCode == township), e => Assert.Null(e.StudentId));
    }
}
