using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
#if POSTGRESQL
using Npgsql;
#else
using Microsoft.Data.Sqlite;
#endif

namespace EduRelief.Host.Tests.Vocational;

/// <summary>The poor-household re-check: listed, it corrects what a lost category event left, once, even run twice at once.</summary>
[Collection(HostCollection.Name)]
public sealed class HouseholdRecheckTests(EduReliefApp app)
{
    private const string JobId = "vocational:household-recheck";
    private readonly HttpClient _officer = app.CreateClient();
    private readonly HttpClient _admin = app.CreateAdminClient();

    [Fact]
    public async Task Two_runs_at_once_correct_each_enrolment_a_lost_event_left_behind_once_dated_as_the_Registry_dates_it_and_a_third_changes_nothing()
    {
        var jobs = (await (await _admin.GetAsync("/api/admin/jobs")).ShouldBeAsync(HttpStatusCode.OK)).AsArray();
        Assert.Contains(jobs, j => j.Text("id") == JobId);
        var (_, school, specialty) = await _officer.SchoolWithSpecialtyAsync();
        var (joinerId, joiner, _) = await _officer.EnrolledAsync(school, specialty, poor: false, enrolledOn: VocationalApi.DaysAgo(300));
        var (leaverId, leaver, _) = await _officer.EnrolledAsync(school, specialty, poor: true, enrolledOn: VocationalApi.DaysAgo(300));
        await (await _officer.PatchJsonAsync($"{RegistryApi.Students}/{joinerId}", new { categories = new[] { "RegisteredPoorHousehold" }, effectiveOn = VocationalApi.DaysAgo(200), version = 1 })).ShouldBeAsync(HttpStatusCode.OK);
        await (await _officer.PatchJsonAsync($"{RegistryApi.Students}/{leaverId}", new { categories = Array.Empty<string>(), effectiveOn = VocationalApi.DaysAgo(100), version = 1 })).ShouldBeAsync(HttpStatusCode.OK);
        await ForgetFollowedChangeAsync(joiner, poorBefore: false);
        await ForgetFollowedChangeAsync(leaver, poorBefore: true);

        var reports = await Task.WhenAll(app.RunJobAsync(_admin, JobId), app.RunJobAsync(_admin, JobId));

        var joined = Assert.Single(await _officer.EnrolmentsOfAsync(joiner));
        Assert.True(joined.Flag("poorHousehold"));
        Assert.Equal([false, true], joined["poorHouseholdHistory"]!.AsArray().Select(h => h.Flag("poor")));
        Assert.Equal([VocationalApi.DaysAgo(300), VocationalApi.DaysAgo(200)], joined["poorHouseholdHistory"]!.AsArray().Select(h => h.Text("effectiveOn")));
        Assert.StartsWith("学籍系统复核", joined["poorHouseholdHistory"]![1]!.Text("source"), StringComparison.Ordinal);
        var left = Assert.Single(await _officer.EnrolmentsOfAsync(leaver));
        Assert.False(left.Flag("poorHousehold"));
        Assert.Equal([VocationalApi.DaysAgo(300), VocationalApi.DaysAgo(100)], left["poorHouseholdHistory"]!.AsArray().Select(h => h.Text("effectiveOn")));
        Assert.Contains(reports, r => r.Contains("按学籍系统更正 0 名", StringComparison.Ordinal));
        Assert.Contains("按学籍系统更正 0 名", await app.RunJobAsync(_admin, JobId), StringComparison.Ordinal);
        Assert.Equal(2, Assert.Single(await _officer.EnrolmentsOfAsync(joiner))["poorHouseholdHistory"]!.AsArray().Count);
    }

    /// <summary>Waits for the enrolment to follow the Registry's category event, then puts it back as if the event had never arrived.</summary>
    private async Task ForgetFollowedChangeAsync(string nationalId, bool poorBefore)
    {
        var enrolment = await Eventually.MatchAsync(async () => Assert.Single(await _officer.EnrolmentsOfAsync(nationalId)), e => e.Flag("poorHousehold") != poorBefore, "the enrolment to follow the Registry");
        var id = Guid.Parse(enrolment.Text("id"));
#if POSTGRESQL
        await using var database = new NpgsqlConnection(app.ConnectionString);
        await database.OpenAsync();
        await using var forget = database.CreateCommand();
        forget.CommandText = """
            UPDATE vocational."Enrolments" SET "PoorHousehold" = @poor WHERE "Id" = @id;
            DELETE FROM vocational."PoorHouseholdChanges" WHERE "EnrolmentId" = @id AND "Poor" <> @poor
            """;
        forget.Parameters.AddWithValue("id", id);
        forget.Parameters.AddWithValue("poor", poorBefore);
#else
        await using var database = new SqliteConnection($"Data Source={Path.Combine(app.DataDirectory, "vocational.db")};Pooling=False");
        await database.OpenAsync();
        await using var forget = database.CreateCommand();
        forget.CommandText = "UPDATE Enrolments SET PoorHousehold = $poor WHERE Id = $id; DELETE FROM PoorHouseholdChanges WHERE EnrolmentId = $id AND Poor <> $poor";
        forget.Parameters.AddWithValue("$id", id.ToString().ToUpperInvariant());
        forget.Parameters.AddWithValue("$poor", poorBefore);
#endif
        Assert.Equal(2, await forget.ExecuteNonQueryAsync());
    }
}
