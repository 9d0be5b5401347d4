using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.Subsidies;
using static EduRelief.Host.Tests.Registry.RegistryApi;

namespace EduRelief.Host.Tests.Security;

/// <summary>
/// The order of a list says nothing about national IDs. A list in national-ID order tells a masked caller each
/// child's place among the birth dates of its area (the hidden digits 7–14): beside the age and the visible check
/// digit, that single out the ID. Here a roster arrives sorted by national ID, as a file exported from another system
/// may be, and every list a masked caller reads — students, their ids, batch lines, payments, unpaid coverage —
/// must come out in an order unrelated to it.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ListOrderTests(EduReliefApp app)
{
    private const int Count = 40;

    [Fact]
    public async Task A_roster_sorted_by_national_id_comes_out_of_every_list_in_no_such_order()
    {
        var county = app.CreateClient();
        var (_, school) = await county.TownshipWithSchoolAsync();
        var sorted = SortedNationalIds();
        var roster = Csv([RosterHeader, .. sorted.Select(id => RosterLine(id, school, categories: "RegisteredPoorHousehold"))]);
        (await (await county.ImportRosterAsync(roster)).ShouldBeAsync(HttpStatusCode.OK)).AssertRosterCounts(accepted: Count);
        var rankOf = (await county.FindStudentsAsync($"schoolCode={school}&pageSize=500"))["items"]!.AsArray()
            .ToDictionary(s => s.Text("id"), s => sorted.IndexOf(s.Text("nationalId")));
        Assert.Equal(Count, rankOf.Count);
        Assert.DoesNotContain(-1, rankOf.Values);

        var staff = app.Staff();
        var listed = (await staff.FindStudentsAsync($"schoolCode={school}&pageSize=500"))["items"]!.AsArray().Select(s => s.Text("id")).ToList();
        AssertUnrelated("the student list", listed, rankOf);
        AssertUnrelated("the students' ids, sorted", [.. rankOf.Keys.Order(StringComparer.Ordinal)], rankOf);

        var year = SubsidiesApi.NextYear();
        var batch = await staff.CreateBatchAsync("LivingSubsidy", $"{year}-1");
        AssertUnrelated("the batch's lines", Ours(await staff.LinesAsync(batch), rankOf), rankOf);
        await (await app.Staff().ApproveAsync(batch)).ShouldBeAsync(HttpStatusCode.OK);
        var payments = await (await staff.GetAsync($"{SubsidiesApi.Payments}?year={year}&pageSize=500")).ShouldBeAsync(HttpStatusCode.OK);
        AssertUnrelated("the payments", Ours([.. payments["items"]!.AsArray().Select(p => p!)], rankOf), rankOf);
        var coverage = await staff.CoverageAsync(year);
        AssertUnrelated("the unpaid students of the coverage", Ours([.. coverage["unpaid"]!.AsArray().Select(u => u!)], rankOf), rankOf);
    }

    /// <summary>One area, consecutive birth dates, in ascending order: the roster a sorting system would export.</summary>
    private static List<string> SortedNationalIds()
    {
        var born = new DateOnly(2013, 3, 1);
        return Enumerable.Range(0, Count)
            .Select(i => string.Concat("522799", born.AddDays(i).ToString("yyyyMMdd", CultureInfo.InvariantCulture), "013"))
            .Select(first17 => first17 + TestIds.NationalIdCheck(first17))
            .ToList();
    }

    private static List<string> Ours(List<JsonNode> items, Dictionary<string, int> rankOf) =>
        [.. items.Select(i => i.Text("studentId")).Where(rankOf.ContainsKey)];

    /// <summary>
    /// Kendall's tau between the list's order and the national IDs' is 1 for a sorted list, −1 for a reversed one
    /// and near 0 for an unrelated one: for 40 items its spread is 0.11, so a bound of 0.6 fails a shuffled list
    /// about once in ten million runs and any list that follows the IDs, even loosely, every time.
    /// </summary>
    private static void AssertUnrelated(string what, List<string> studentIds, Dictionary<string, int> rankOf)
    {
        Assert.Equal(Count, studentIds.Count);
        var ranks = studentIds.Select(id => rankOf[id]).ToList();
        var (concordant, discordant) = (0, 0);
        for (var i = 0; i < ranks.Count; i++)
        {
            for (var j = i + 1; j < ranks.Count; j++)
            {
                if (ranks[i] < ranks[j])
                {
                    concordant++;
                }
                else
                {
                    discordant++;
                }
            }
        }

        var tau = (double)(concordant - discordant) / (concordant + discordant);
        Assert.True(Math.Abs(tau) < 0.6, $"{what} follows the national IDs' order (Kendall's tau {tau:0.00})");
    }
}
