using System.Net;
using EduRelief.Contracts.Registry;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.SpecialNeeds;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Host.Tests.DropoutControl;

/// <summary>The Registry's status history contract the consolidation rate reads: every status change in order, with the day it took effect.</summary>
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
}
