using System.Diagnostics;
using System.Net;
using EduRelief.Host.Tests.Access;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.Security;

/// <summary>
/// Guessing passwords tells nothing about which names exist, and cannot lock a colleague out: a known and an
/// unknown name get the same answers in comparable time, and failures only slow further tries (429, Retry-After).
/// </summary>
[Collection(HostCollection.Name)]
public sealed class SignInGuessingTests(EduReliefApp app)
{
    private readonly HttpClient _anonymous = app.CreateAnonymousClient();

    private async Task<string> NewUserAsync()
    {
        var userName = AccessApi.NewUserName("guessed");
        using var admin = app.CreateAdminClient();
        await admin.CreateUserAsync(userName, Roles.CountyOfficer);
        return userName;
    }

    /// <summary>What the caller reads of a refusal (the trace id differs by request).</summary>
    private static string Answer(System.Text.Json.Nodes.JsonNode problem) => $"{problem.Number("status")} {problem.Text("title")} {problem.Text("detail")}";

    [Fact]
    public async Task A_known_and_an_unknown_name_get_the_same_answers_and_neither_is_locked()
    {
        var known = await NewUserAsync();
        var unknown = AccessApi.NewUserName("nobody");
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var toKnown = await (await _anonymous.LoginAsync(known, $"Wrong-Pass-{attempt}x")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
            var toUnknown = await (await _anonymous.LoginAsync(unknown, $"Wrong-Pass-{attempt}x")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
            Assert.Equal(Answer(toKnown), Answer(toUnknown));
        }

        var knownSlowed = await _anonymous.LoginAsync(known, EduReliefApp.UserPassword);
        var unknownSlowed = await _anonymous.LoginAsync(unknown, "Wrong-Pass-6x");

        var knownProblem = await knownSlowed.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        var unknownProblem = await unknownSlowed.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal(Answer(knownProblem), Answer(unknownProblem));
        Assert.NotNull(knownSlowed.Headers.RetryAfter?.Delta);
        Assert.NotNull(unknownSlowed.Headers.RetryAfter?.Delta);
        using var admin = app.CreateAdminClient();
        var users = (await (await admin.GetAsync(AccessApi.Users)).ShouldBeAsync(HttpStatusCode.OK)).AsArray();
        Assert.False(users.Single(u => u!.Text("userName") == known)!.Flag("lockedOut"));
    }

    [Fact]
    public async Task After_the_wait_the_right_password_signs_in_whatever_a_stranger_tried()
    {
        var userName = await NewUserAsync();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await (await _anonymous.LoginAsync(userName, $"Wrong-Pass-{attempt}x")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        }

        var slowed = await _anonymous.LoginAsync(userName, EduReliefApp.UserPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, slowed.StatusCode);
        var wait = slowed.Headers.RetryAfter!.Delta!.Value;
        Assert.InRange(wait, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));

        await Task.Delay(wait + TimeSpan.FromMilliseconds(200));

        await (await _anonymous.LoginAsync(userName, EduReliefApp.UserPassword)).ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_unknown_name_takes_about_as_long_to_refuse_as_a_wrong_password()
    {
        // Loose on purpose (a loaded 2-core box): without the dummy hash an unknown name is refused several times faster.
        var known = new[] { await NewUserAsync(), await NewUserAsync(), await NewUserAsync() };
        var knownTimes = new List<double>();
        var unknownTimes = new List<double>();
        for (var attempt = 0; attempt < 9; attempt++)
        {
            knownTimes.Add(await TimeAsync(known[attempt % known.Length]));
            unknownTimes.Add(await TimeAsync(AccessApi.NewUserName("nobody")));
        }

        Assert.True(
            Median(unknownTimes) >= Median(knownTimes) / 2,
            $"unknown names: median {Median(unknownTimes):0.0} ms; wrong passwords: median {Median(knownTimes):0.0} ms");

        async Task<double> TimeAsync(string userName)
        {
            var clock = Stopwatch.StartNew();
            using var response = await _anonymous.LoginAsync(userName, "Wrong-Pass-2026");
            clock.Stop();
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            return clock.Elapsed.TotalMilliseconds;
        }

        static double Median(List<double> times) => times.Order().ElementAt(times.Count / 2);
    }
}
