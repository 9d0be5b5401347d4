using System.Net;
using System.Net.Http.Json;
using System.Text;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;

namespace EduRelief.Host.Tests.Subsidies;

/// <summary>Edges: a bank file the bank can read whatever the names, and a budget that holds under concurrent approvals.</summary>
[Collection(HostCollection.Name)]
public sealed class SubsidiesEdgeTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task A_name_with_a_comma_or_quote_stays_one_field_of_the_bank_file()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var nationalId = TestIds.NationalId();
        var body = RegistryApi.StudentBody(school, nationalId);
        body["name"] = "阿依古丽,\"买买提\"";
        body["categories"] = new System.Text.Json.Nodes.JsonArray("RegisteredPoorHousehold");
        await (await _officer.RegisterAsync(body)).ShouldBeAsync(HttpStatusCode.Created);
        var batch = await app.Staff().CreateBatchAsync("LivingSubsidy", $"{SubsidiesApi.NextYear()}-1");
        await (await app.Staff().ApproveAsync(batch)).ShouldBeAsync(HttpStatusCode.OK);

        var csv = await (await _officer.GetAsync($"{SubsidiesApi.Batches}/{batch}/bank-file")).Content.ReadAsStringAsync();

        var records = ParseCsv(csv);
        Assert.All(records, r => Assert.Equal(7, r.Count));
        var row = Assert.Single(records, r => r[1] == nationalId);
        Assert.Equal("阿依古丽,\"买买提\"", row[2]);
        Assert.Equal("500.00", row[6]);
    }

    [Fact]
    public async Task Two_batches_approved_at_the_same_time_stay_within_the_budget_together()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        await _officer.RegisterAsync(school, true, "RegisteredPoorHousehold");
        var year = SubsidiesApi.NextYear();
        var spring = await app.Staff().CreateBatchAsync("LivingSubsidy", $"{year}-1");
        var autumn = await app.Staff().CreateBatchAsync("LivingSubsidy", $"{year}-2");
        // What approval will award: a line whose student has no account on file (the draft shows none) is held back.
        var springTotal = (await _officer.LinesAsync(spring)).Where(l => l["accountNumber"] is not null).Sum(l => l.Money("amount"));
        var autumnTotal = (await _officer.LinesAsync(autumn)).Where(l => l["accountNumber"] is not null).Sum(l => l.Money("amount"));

        // Room for either batch, not for both.
        var budget = Math.Max(springTotal, autumnTotal) + Math.Min(springTotal, autumnTotal) - 0.01m;
        await (await _officer.PutAsJsonAsync($"{SubsidiesApi.Programmes}/LivingSubsidy/budgets/{year}", new { amount = budget })).ShouldBeAsync(HttpStatusCode.OK);
        using var b = app.Staff();
        using var c = app.Staff();

        var responses = await Task.WhenAll(b.ApproveAsync(spring), c.ApproveAsync(autumn));

        var committed = (await (await _officer.GetAsync($"{SubsidiesApi.Payments}?programmeCode=LivingSubsidy&year={year}&pageSize=500")).ShouldBeAsync(HttpStatusCode.OK))["items"]!
            .AsArray().Sum(p => p.Money("amount"));
        Assert.True(committed <= budget, $"¥{committed} committed against a budget of ¥{budget}; statuses {string.Join(", ", responses.Select(r => (int)r.StatusCode))}");
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.Conflict);
    }

    /// <summary>RFC 4180: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\n')
            {
                record.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                records.Add(record);
                record = [];
            }
            else
            {
                field.Append(ch);
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        return records;
    }
}
