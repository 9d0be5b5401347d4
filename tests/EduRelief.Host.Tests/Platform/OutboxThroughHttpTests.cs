using System.Net;
using EduRelief.Contracts.Registry;
using EduRelief.Host.Tests.Infrastructure;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Host.Tests.Platform;

[Collection(HostCollection.Name)]
public sealed class OutboxThroughHttpTests : IDisposable
{
    private readonly RecordedEvents _events = new();
    private readonly EduReliefApp _app;
    private readonly HttpClient _client;

    public OutboxThroughHttpTests()
    {
        _app = new EduReliefApp(new Dictionary<string, string?>(), services =>
        {
            services.AddSingleton<INotificationHandler<StudentRegisteredIntegrationEvent>>(_events);
            services.AddSingleton<INotificationHandler<StudentCategoriesChangedIntegrationEvent>>(_events);
        });
        _client = _app.CreateClient();
    }

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Registering_a_student_tells_listening_modules_once_after_the_commit()
    {
        var (_, school) = await _client.TownshipWithSchoolAsync();
        var id = Guid.Parse(await _client.StudentAsync(school, categories: ["RegisteredPoorHousehold"]));

        var registered = await Eventually.MatchAsync(
            () => Task.FromResult(_events.Received.OfType<StudentRegisteredIntegrationEvent>().Where(e => e.StudentId == id).ToList()),
            list => list.Count > 0,
            "the StudentRegistered event");
        Assert.Equal(school, Assert.Single(registered).SchoolCode);
        Assert.Equal([HardshipCategory.RegisteredPoorHousehold], registered[0].Categories);

        // The dispatcher has nothing left to deliver: the event is not sent again.
        await Task.Delay(500);
        Assert.Single(_events.Received.OfType<StudentRegisteredIntegrationEvent>(), e => e.StudentId == id);
    }

    [Fact]
    public async Task A_refused_registration_sends_no_event()
    {
        var (_, school) = await _client.TownshipWithSchoolAsync();
        var nationalId = TestIds.NationalId();
        await _client.StudentAsync(school, nationalId);

        var duplicate = await _client.PostJsonAsync("/api/registry/students", new { nationalId, name = "重复", schoolCode = school, grade = 3, enrolledOn = "2021-09-01" });
        await duplicate.ShouldBeProblemAsync(HttpStatusCode.Conflict);

        await Eventually.MatchAsync(() => Task.FromResult(_events.Received.Count), n => n >= 1, "the first registration's event");
        await Task.Delay(500);
        Assert.Single(_events.Received.OfType<StudentRegisteredIntegrationEvent>());
    }

    [Fact]
    public async Task Changing_categories_reports_what_was_added_and_removed_with_the_effective_date()
    {
        var (_, school) = await _client.TownshipWithSchoolAsync();
        var id = await _client.StudentAsync(school, categories: ["SubsistenceAllowance"]);

        var patch = await _client.PatchJsonAsync($"/api/registry/students/{id}", new { categories = new[] { "ExtremePoverty" }, effectiveOn = "2025-06-01", version = 1 });
        await patch.ShouldBeAsync(HttpStatusCode.OK);

        var changed = await Eventually.MatchAsync(
            () => Task.FromResult(_events.Received.OfType<StudentCategoriesChangedIntegrationEvent>().Where(e => e.StudentId == Guid.Parse(id)).ToList()),
            list => list.Count > 0,
            "the StudentCategoriesChanged event");
        var single = Assert.Single(changed);
        Assert.Equal([HardshipCategory.ExtremePoverty], single.Added);
        Assert.Equal([HardshipCategory.SubsistenceAllowance], single.Removed);
        Assert.Equal(new DateOnly(2025, 6, 1), single.EffectiveOn);
    }
}
