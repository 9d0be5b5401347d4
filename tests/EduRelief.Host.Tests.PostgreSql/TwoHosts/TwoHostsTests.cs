using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.Subsidies;
using EduRelief.SharedKernel.Identity;
using Xunit.Abstractions;

namespace EduRelief.Host.Tests.TwoHosts;

/// <summary>
/// Two real Host processes on one PostgreSQL database behave as one deployment: either honours the other's
/// tokens, work asked of both at the same moment is done once, and a recurring job runs once per occurrence.
/// </summary>
[Collection(TwoHostsCollection.Name)]
public sealed class TwoHostsTests(HostPair hosts, ITestOutputHelper output)
{
    private const string LedgerRefresh = "registry:ledger-refresh";

    private HostProcess A => hosts.A;

    private HostProcess B => hosts.B;

    [Fact]
    public Task Two_hosts_started_together_on_an_empty_database_both_serve_with_one_administrator_one_signing_key_and_two_job_servers() =>
        hosts.ExplainFailureAsync(async () =>
        {
            output.WriteLine($"both Hosts started together and answered /health in {hosts.StartedIn.TotalSeconds:0.0} s");
            foreach (var host in new[] { A, B })
            {
                using var anonymous = host.CreateClient();
                var health = await (await anonymous.GetAsync("/health")).ShouldBeAsync(HttpStatusCode.OK);
                Assert.Equal("Healthy", health.Text("status"));
            }

            Assert.Equal(1L, await hosts.ScalarAsync<long>("""SELECT count(*) FROM access."AspNetUsers" WHERE "UserName" = @name""", ("name", HostPair.AdminUser)));
            Assert.Equal(1L, await hosts.ScalarAsync<long>("""SELECT count(*) FROM access."DataProtectionKeys" """));
            Assert.True(await hosts.ScalarAsync<long>("""SELECT count(*) FROM subsidies."Programmes" """) > 0, "the programme catalogue was not seeded");

            // Both Hosts' Hangfire servers work the one queue in schema hangfire.
            await Eventually.MatchAsync(
                () => hosts.ScalarAsync<long>("SELECT count(*) FROM hangfire.server"),
                servers => servers == 2,
                "two Hangfire servers (one per Host) in hangfire.server");
        });

    [Fact]
    public Task A_token_issued_by_one_host_is_honoured_by_the_other_and_a_token_of_another_deployment_is_refused() =>
        hosts.ExplainFailureAsync(async () =>
        {
            var fromA = await HostPair.LoginAsync(A, HostPair.AdminUser, HostPair.AdminPassword);
            using (var onB = B.CreateClient(fromA))
            {
                var me = await (await onB.GetAsync("/api/access/me")).ShouldBeAsync(HttpStatusCode.OK);
                Assert.Equal(HostPair.AdminUser, me.Text("userName"));
            }

            // And the other way, for a user created on B and signed in there.
            var officer = await hosts.NewUserAsync(B, Roles.CountyOfficer);
            using (var onA = A.CreateClient(await HostPair.LoginAsync(B, officer, HostPair.UserPassword)))
            {
                var me = await (await onA.GetAsync("/api/access/me")).ShouldBeAsync(HttpStatusCode.OK);
                Assert.Equal(officer, me.Text("userName"));
            }

            // Another deployment (its own database, so its own signing keys), with the same administrator's name and password.
            var clock = Stopwatch.StartNew();
            var other = await hosts.StartOtherDeploymentAsync("c");
            output.WriteLine($"the other deployment's Host started in {clock.Elapsed.TotalSeconds:0.0} s");
            try
            {
                var foreign = await HostPair.LoginAsync(other, HostPair.AdminUser, HostPair.AdminPassword);
                using (var onOther = other.CreateClient(foreign))
                {
                    await (await onOther.GetAsync("/api/access/me")).ShouldBeAsync(HttpStatusCode.OK);
                }

                foreach (var host in new[] { A, B })
                {
                    using var client = host.CreateClient(foreign);
                    using var refused = await client.GetAsync("/api/access/me");
                    Assert.True(
                        refused.StatusCode == HttpStatusCode.Unauthorized,
                        $"host {host.Name} answered a token of another deployment with {(int)refused.StatusCode}: {await refused.Content.ReadAsStringAsync()}");
                }
            }
            finally
            {
                await other.DisposeAsync();
            }
        });

    [Fact]
    public Task The_same_batch_approved_on_both_hosts_at_the_same_moment_awards_each_student_once() =>
        hosts.ExplainFailureAsync(async () =>
        {
            using var officer = await hosts.NewUserClientAsync(A, Roles.CountyOfficer);
            var (_, school) = await officer.TownshipWithSchoolAsync("Primary", "Rural");
            var (roster, _) = RosterFile.Build(1000, [school], new DateOnly(2013, 6, 1), boarding: true, _ => "RegisteredPoorHousehold");
            (await (await officer.PostCsvBytesAsync(RegistryApi.Roster, roster)).ShouldBeAsync(HttpStatusCode.OK)).AssertRosterCounts(accepted: 1000);

            using var maker = await hosts.NewUserClientAsync(A, Roles.ModuleStaff, ["Subsidies"]);
            // Approving is the county officers' permission, not any Subsidies writer's.
            var approverOnA = await hosts.NewUserAsync(A, Roles.CountyOfficer);
            var approverOnB = await hosts.NewUserAsync(B, Roles.CountyOfficer);
            using var onA = A.CreateClient(await HostPair.LoginAsync(A, approverOnA, HostPair.UserPassword));
            using var onB = B.CreateClient(await HostPair.LoginAsync(B, approverOnB, HostPair.UserPassword));
            const string term = "2040-1";
            var batch = await maker.CreateBatchAsync("LivingSubsidy", term);
            var draft = await onB.GetBatchAsync(batch);
            var lines = draft["lines"].Number("total");
            Assert.True(lines >= 1000, $"the draft has {lines} lines; the 1,000 poor boarders imported should all be in it");
            Assert.Equal(lines, draft["linesByStatus"].Number("Pending"));

            // Both connections open first, so the two approvals leave at the same moment.
            await (await onA.GetAsync("/api/access/me")).ShouldBeAsync(HttpStatusCode.OK);
            await (await onB.GetAsync("/api/access/me")).ShouldBeAsync(HttpStatusCode.OK);
            var responses = await Task.WhenAll(onA.ApproveAsync(batch), onB.ApproveAsync(batch));

            var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
            var outcome = $"A answered {(int)responses[0].StatusCode} {Shorten(bodies[0])}; B answered {(int)responses[1].StatusCode} {Shorten(bodies[1])}";
            output.WriteLine(outcome);
            Assert.True(
                responses.Select(r => r.StatusCode).Order().SequenceEqual([HttpStatusCode.OK, HttpStatusCode.Conflict]),
                $"expected one approval to succeed and the other to be a 409: {outcome}");
            var winner = responses[0].StatusCode == HttpStatusCode.OK ? approverOnA : approverOnB;
            var conflict = JsonNode.Parse(bodies[responses[0].StatusCode == HttpStatusCode.Conflict ? 0 : 1])!;
            Assert.NotEmpty(conflict.FieldErrors("status")); // it found the batch approved already

            var approved = await officer.GetBatchAsync(batch);
            Assert.Equal("Approved", approved.Text("status"));
            Assert.Equal(winner, approved.Text("approvedBy"));
            Assert.Equal(lines, approved["linesByStatus"].Number("Approved"));

            var payments = await (await officer.GetAsync($"{SubsidiesApi.Payments}?programmeCode=LivingSubsidy&term={term}&pageSize=1")).ShouldBeAsync(HttpStatusCode.OK);
            Assert.Equal(lines, payments.Number("total"));
            var awards = await hosts.RowsAsync(
                """SELECT count(*), count(DISTINCT "StudentId") FROM subsidies."Payments" WHERE "Programme" = 'LivingSubsidy' AND "Term" = @term""",
                ("term", term));
            Assert.Equal(new[] { (long)lines, (long)lines }, awards[0].Cast<long>());
        });

    [Fact]
    public Task A_cron_firing_every_five_seconds_while_both_hosts_run_runs_the_job_once_per_occurrence() =>
        hosts.ExplainFailureAsync(async () =>
        {
            using var adminOnA = await HostPair.AdminAsync(A);
            using var adminOnB = await HostPair.AdminAsync(B);
            var scheduled = (await JobAsync(adminOnA)).Text("cron");
            var since = TimeProvider.System.GetUtcNow().UtcDateTime;
            DateTime until;
            try
            {
                var set = await (await adminOnA.PutAsync($"/api/admin/jobs/{LedgerRefresh}", Json("""{"cron":"*/5 * * * * *"}"""))).ShouldBeAsync(HttpStatusCode.OK);
                Assert.Equal("*/5 * * * * *", set.Text("cron"));

                await Eventually.MatchAsync(
                    () => RecurringRunsAsync(since),
                    runs => runs.Count(r => r.State == "Succeeded") >= 3,
                    "three occurrences of the 5-second cron to have run",
                    timeoutSeconds: 45);
            }
            finally
            {
                // Set back on the other Host: both read the one schedule.
                using var back = await adminOnB.PutAsync($"/api/admin/jobs/{LedgerRefresh}", Json(new JsonObject { ["cron"] = scheduled }.ToJsonString()));
                until = TimeProvider.System.GetUtcNow().UtcDateTime;
                back.EnsureSuccessStatusCode();
            }

            // A scheduler pass that read the 5-second cron just before it was set back may still enqueue that occurrence.
            await Task.Delay(TimeSpan.FromSeconds(2));
            var runs = await Eventually.MatchAsync(
                () => RecurringRunsAsync(since),
                all => all.All(r => r.State is "Succeeded" or "Failed" or "Deleted"),
                "every enqueued occurrence to finish");
            var report = string.Join(Environment.NewLine, runs);
            output.WriteLine(report);

            Assert.True(runs.Count >= 3, $"expected at least 3 occurrences:{Environment.NewLine}{report}");

            // Hangfire stamps a job with the second of the scheduler pass that enqueued it: the occurrence itself, or a
            // later second when the pass was late (a missed occurrence runs once, at the next pass; the first pass after
            // the change may also catch up once on what the old schedule missed). After each pass the next execution is
            // the next */5 second after it, so jobs of distinct occurrences always fall in distinct 5-second slots:
            // two in one slot are one occurrence enqueued twice.
            var twice = runs.GroupBy(r => r.Time / 5).Where(g => g.Count() > 1).ToList();
            Assert.True(twice.Count == 0, $"an occurrence was enqueued more than once:{Environment.NewLine}{report}");
            var sinceSeconds = new DateTimeOffset(since).ToUnixTimeSeconds();
            var untilSeconds = new DateTimeOffset(until).ToUnixTimeSeconds() + 1;
            var occurrences = (untilSeconds / 5) - (sinceSeconds / 5);
            Assert.True(
                runs.Count <= occurrences + 1,
                $"{runs.Count} jobs for the {occurrences} occurrence(s) of */5 between the two changes of the cron (and one catch-up):{Environment.NewLine}{report}");
            Assert.All(runs, r => Assert.True(
                r.State == "Succeeded" && r.Processed == 1 && r.Failed == 0,
                $"job {r.JobId} should have been performed once and succeeded: {r}"));

            // The module recorded one ledger refresh per occurrence.
            var recorded = await hosts.ScalarAsync<long>("""SELECT count(*) FROM registry."LedgerRefreshRuns" WHERE "StartedAt" >= @since""", ("since", since));
            Assert.Equal(runs.Count, recorded);

            Assert.Equal(scheduled, (await JobAsync(adminOnA)).Text("cron"));
        });

    [Fact]
    public Task The_ledger_refresh_triggered_on_both_hosts_at_the_same_moment_applies_a_dropped_household_list_once() =>
        hosts.ExplainFailureAsync(async () =>
        {
            using var officer = await hosts.NewUserClientAsync(B, Roles.CountyOfficer);
            var (_, school) = await officer.TownshipWithSchoolAsync();
            var household = TestIds.Code("HH-TWO-");
            var studentId = await officer.StudentAsync(school, householdId: household);
            var list = $"household_{household}.csv";
            Directory.CreateDirectory(hosts.HouseholdInbox);
            await File.WriteAllTextAsync(
                Path.Combine(hosts.HouseholdInbox, list),
                $"household_id,category,effective_on,status\n{household},ExtremePoverty,2025-03-01,Active\n",
                new UTF8Encoding(false));

            using var adminOnA = await HostPair.AdminAsync(A);
            using var adminOnB = await HostPair.AdminAsync(B);
            await (await adminOnA.GetAsync("/api/admin/jobs")).ShouldBeAsync(HttpStatusCode.OK);
            await (await adminOnB.GetAsync("/api/admin/jobs")).ShouldBeAsync(HttpStatusCode.OK);
            var since = TimeProvider.System.GetUtcNow().UtcDateTime;
            var triggered = await Task.WhenAll(
                adminOnA.PostAsync($"/api/admin/jobs/{LedgerRefresh}/trigger", null),
                adminOnB.PostAsync($"/api/admin/jobs/{LedgerRefresh}/trigger", null));
            var ids = new List<long>();
            foreach (var response in triggered)
            {
                ids.Add(long.Parse((await response.ShouldBeAsync(HttpStatusCode.Accepted)).Text("backgroundJobId"), CultureInfo.InvariantCulture));
            }

            Assert.Equal(2, ids.Distinct().Count());
            var runs = await Eventually.MatchAsync(
                async () => (await JobRunsAsync("j.id = ANY(@ids)", ("ids", ids.ToArray()))),
                all => all.Count == 2 && all.All(r => r.State is "Succeeded" || r.Failed > 0),
                "both triggered ledger refreshes to finish",
                timeoutSeconds: 60);
            output.WriteLine(string.Join(Environment.NewLine, runs));
            Assert.All(runs, r => Assert.True(r.State == "Succeeded" && r.Processed == 1 && r.Failed == 0, $"job {r.JobId} should have been performed once and succeeded: {r}"));

            var reports = (await hosts.RowsAsync("""SELECT "Report" FROM registry."LedgerRefreshRuns" WHERE "StartedAt" >= @since ORDER BY "Id" """, ("since", since)))
                .Select(r => (string)r[0]).ToList();
            var said = string.Join(Environment.NewLine, reports);
            output.WriteLine(said);
            // The two triggered runs (and the daily run, were the test to meet 02:00 in the county): one applies the list, every other finds it applied.
            Assert.True(reports.Count >= 2, $"expected the two triggered ledger refresh runs, found {reports.Count}:{Environment.NewLine}{said}");
            Assert.True(
                reports.Count(r => r.StartsWith($"户名单 {list}：1 项家庭类别变更，1 名学生随之更新，0 行有误；", StringComparison.Ordinal)) == 1
                && reports.Count(r => r.StartsWith($"户名单 {list} 已应用过；0 名学生与其家庭类别对齐；", StringComparison.Ordinal)) == reports.Count - 1,
                $"expected one run to apply {list} and the other to find it applied already, changing nothing:{Environment.NewLine}{said}");
            Assert.Equal(1L, await hosts.ScalarAsync<long>("""SELECT count(*) FROM registry."ProcessedHouseholdFiles" WHERE "FileName" = @list""", ("list", list)));

            var student = await officer.GetStudentAsync(studentId);
            Assert.Equal(["ExtremePoverty"], student["categories"].Strings());
            var file = await officer.GetFileAsync(studentId);
            Assert.Single(file.PeriodsOf("ExtremePoverty"));
            Assert.Single(file["history"]!.AsArray(), h => h!.Text("source") == $"household-list:{list}");
            Assert.Equal(1, file["summary"].Number("changeCount"));
        });

    private static async Task<JsonNode> JobAsync(HttpClient admin)
    {
        var jobs = (await (await admin.GetAsync("/api/admin/jobs")).ShouldBeAsync(HttpStatusCode.OK)).AsArray();
        return Assert.Single(jobs, j => j!.Text("id") == LedgerRefresh)!;
    }

    /// <summary>The background jobs the recurring ledger refresh enqueued for its cron since a moment.</summary>
    private async Task<List<JobRun>> RecurringRunsAsync(DateTime since) =>
        await JobRunsAsync(
            """
            j.createdat >= @since
            AND EXISTS (SELECT 1 FROM hangfire.jobparameter p WHERE p.jobid = j.id AND p.name = 'RecurringJobId' AND p.value = @recurring)
            """,
            ("since", since),
            ("recurring", $"\"{LedgerRefresh}\""));

    /// <summary>Hangfire's own record of jobs: state, the occurrence they were enqueued for, how often performed and failed.</summary>
    private async Task<List<JobRun>> JobRunsAsync(string where, params (string Name, object Value)[] parameters)
    {
        var rows = await hosts.RowsAsync(
            $"""
            SELECT j.id, j.statename,
                   (SELECT p.value FROM hangfire.jobparameter p WHERE p.jobid = j.id AND p.name = 'Time'),
                   (SELECT count(*) FROM hangfire.state s WHERE s.jobid = j.id AND s.name = 'Processing'),
                   (SELECT count(*) FROM hangfire.state s WHERE s.jobid = j.id AND s.name = 'Failed'),
                   (SELECT string_agg(s.data::text, ' ') FROM hangfire.state s WHERE s.jobid = j.id AND s.name = 'Processing')
            FROM hangfire.job j
            WHERE {where}
            ORDER BY j.id
            """,
            parameters);
        return rows.Select(r => new JobRun(
            Convert.ToInt64(r[0], CultureInfo.InvariantCulture),
            r[1] as string,
            r[2] is string time ? long.Parse(time.Trim('"'), CultureInfo.InvariantCulture) : -1,
            (long)r[3],
            (long)r[4],
            r[5] as string)).ToList();
    }

    private static string Shorten(string body) => body.Length <= 300 ? body : body[..300] + "…";

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>
    /// One background job: <paramref name="Time"/> is Hangfire's <c>Time</c> parameter, the Unix second it was enqueued
    /// at (for a recurring job, the second of the scheduler pass); <paramref name="Processed"/> and <paramref name="Failed"/>
    /// count its Processing and Failed states; <paramref name="ProcessedBy"/> is the Processing state's data (which server).
    /// </summary>
    private sealed record JobRun(long JobId, string? State, long Time, long Processed, long Failed, string? ProcessedBy);
}
