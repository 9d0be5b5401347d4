using System.Net;
using System.Text;
using EduRelief.Host.Tests.Infrastructure;

namespace EduRelief.Host.Tests.Registry;

/// <summary>A county's household list names more households than SQLite allows query variables (32,766).</summary>
[Collection(HostCollection.Name)]
public sealed class LargeHouseholdListTests(EduReliefApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task A_list_of_forty_thousand_households_is_applied_and_its_students_follow()
    {
        var (_, school) = await _client.TownshipWithSchoolAsync();
        var prefix = TestIds.Code("BIG");
        var followed = $"{prefix}-00000";
        var studentId = await _client.StudentAsync(school, householdId: followed);
        // The households are walked a range at a time: the last one of the list is reached too.
        var lastId = await _client.StudentAsync(school, householdId: $"{prefix}-39999");
        var csv = new StringBuilder("household_id,category,effective_on,status\n");
        for (var i = 0; i < 40_000; i++)
        {
            csv.Append(prefix).Append('-').Append(i.ToString("00000", System.Globalization.CultureInfo.InvariantCulture)).Append(",SubsistenceAllowance,2025-03-01,Active\n");
        }

        var result = await (await _client.PostCsvAsync("/api/registry/imports/households", csv.ToString())).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal(40_000, result["changed"]!.GetValue<int>());
        Assert.Equal(2, result["studentsChanged"]!.GetValue<int>());
        foreach (var id in new[] { studentId, lastId })
        {
            var student = await (await _client.GetAsync($"/api/registry/students/{id}")).ShouldBeAsync(HttpStatusCode.OK);
            Assert.Equal(["SubsistenceAllowance"], student["categories"]!.AsArray().Select(c => c!.GetValue<string>()));
        }
    }
}
