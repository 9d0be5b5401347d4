using System.Net;
using EduRelief.Contracts.Registry;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.SpecialNeeds;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Host.Tests.DropoutControl;

/// <summary>
/// The Registry's status history contract the consolidation rate reads: every status change in order, with the day it
/// took effect, and the criteria over it that the database counts (a status on a day, a change into a status in a window).
/// </summary>
[Collection(HostCollection.Name)]
public sealed class StatusHistoryContractTests(EduReliefApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task A_students_status_changes_come_in_the_order_they_took_effect()
    {
        var (_, school) = await _client.TownshipWithSchoolAsync();
        var nationalId = await _client.RegistryStudentAsync(school);
        var student = Assert.Single(await _client.ItemsAsync($"/api/registry/students?nationalId={nationalId}"));
        var id = student.Text("id");
        await (await _client.PatchJsonAsync($"/api/registry/students/{id}", new { status = "DroppedOut", effectiveOn = SpecialNeedsApi.DaysAgo(30), version = 1 })).ShouldBeAsync(HttpStatusCode.OK);
        await (await _client.PatchJsonAsync($"/api/registry/students/{id}", new { status = "Enrolled", effectiveOn = SpecialNeedsApi.DaysAgo(5), version = 2 })).ShouldBeAsync(HttpStatusCode.OK);

        using var scope = app.Services.CreateScope();
        var histories = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(
            new StreamStatusHistoriesQuery { Criteria = new StudentCriteria { SchoolCode = school }, EnrolledBy = SpecialNeedsApi.Today });
        var all = new List<StudentStatusHistoryDto>();
        await foreach (var history in histories)
        {
            all.Add(history);
        }

        var mine = Assert.Single(all);
        Assert.Equal(nationalId, mine.NationalId);
        Assert.Equal(StudentStatus.Enrolled, mine.Status);
        Assert.Equal([StudentStatus.DroppedOut, StudentStatus.Enrolled], mine.Changes.Select(c => c.To));
        Assert.Equal(SpecialNeedsApi.Today.AddDays(-30), mine.Changes[0].EffectiveOn);
        Assert.Equal(StudentStatus.Enrolled, mine.Changes[0].From);
    }

    [Fact]
    public async Task The_database_reads_a_status_on_a_day_and_a_change_in_a_window_as_the_history_tells_them()
    {
        var (_, school) = await _client.TownshipWithSchoolAsync();
        var returned = await StudentIdAsync(await _client.RegistryStudentAsync(school));
        await (await _client.PatchJsonAsync($"/api/registry/students/{returned}", new { status = "DroppedOut", effectiveOn = SpecialNeedsApi.DaysAgo(30), version = 1 })).ShouldBeAsync(HttpStatusCode.OK);
        await (await _client.PatchJsonAsync($"/api/registry/students/{returned}", new { status = "Enrolled", effectiveOn = SpecialNeedsApi.DaysAgo(5), version = 2 })).ShouldBeAsync(HttpStatusCode.OK);
        var unchanged = await StudentIdAsync(await _client.RegistryStudentAsync(school));
        var today = SpecialNeedsApi.Today;
        var everyone = new DateRange { From = new DateOnly(1990, 1, 1), To = today };
        StudentCriteria On(StudentStatus status, int daysAgo) => new() { SchoolCode = school, StatusOn = new StatusOnDay { Status = status, Day = today.AddDays(-daysAgo) } };
        StudentCriteria Into(DateRange born) => new()
        {
            SchoolCode = school,
            ChangedInto = [new StatusChangeWindow { To = StudentStatus.DroppedOut, During = new DateRange { From = today.AddDays(-40), To = today.AddDays(-20) }, BornBetween = born }],
        };

        Assert.Equal([returned], await MatchedAsync(On(StudentStatus.DroppedOut, 10)));
        Assert.Equal(new[] { returned, unchanged }.Order(), await MatchedAsync(On(StudentStatus.Enrolled, 31)));
        Assert.Equal([unchanged], await MatchedAsync(On(StudentStatus.Enrolled, 10)));
        Assert.Empty(await MatchedAsync(On(StudentStatus.DroppedOut, 0)));
        Assert.Empty(await MatchedAsync(On(StudentStatus.Enrolled, today.DayNumber - new DateOnly(2021, 8, 31).DayNumber)));
        Assert.Equal([returned], await MatchedAsync(Into(everyone)));
        Assert.Empty(await MatchedAsync(Into(new DateRange { From = today.AddYears(-3), To = today })));
        Assert.Equal([unchanged], await MatchedAsync(On(StudentStatus.Enrolled, 31) with { Except = [returned] }));
    }

    private async Task<Guid> StudentIdAsync(string nationalId) =>
        Guid.Parse(Assert.Single(await _client.ItemsAsync($"/api/registry/students?nationalId={nationalId}")).Text("id"));

    /// <summary>The students the criteria select, sorted, after checking the count agrees with the list.</summary>
    private async Task<List<Guid>> MatchedAsync(StudentCriteria criteria)
    {
        using var scope = app.Services.CreateScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var found = await mediator.Send(new FindStudentsQuery { Criteria = criteria, PageSize = 100 });
        Assert.Equal(found.Total, await mediator.Send(new CountStudentsQuery { Criteria = criteria }));
        return found.Items.Select(s => s.Id).Order().ToList();
    }
}
