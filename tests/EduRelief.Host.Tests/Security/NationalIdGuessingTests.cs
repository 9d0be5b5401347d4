using System.Net;
using EduRelief.Host.Tests.Access;
using EduRelief.Host.Tests.DropoutControl;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.Subsidies;
using EduRelief.SharedKernel.Identity;
using static EduRelief.Host.Tests.Registry.RegistryApi;

namespace EduRelief.Host.Tests.Security;

/// <summary>
/// A masked ID and the age leave a few dozen IDs a child could have; looking each up by national ID would say which
/// one exists. So a caller who sees IDs masked has 20 lookups an hour that find nothing (students, payments and referrals
/// together); after that every lookup by national ID is a 429 naming the field, audited, whether the ID exists or not.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class NationalIdGuessingTests(EduReliefApp app)
{
    private const int FreeMisses = 20;

    private readonly HttpClient _county = app.CreateClient();

    [Fact]
    public async Task A_masked_caller_who_keeps_guessing_ids_is_stopped_and_the_stop_is_audited()
    {
        var (township, school) = await _county.TownshipWithSchoolAsync();
        var real = TestIds.NationalId();
        await _county.StudentAsync(school, real);
        var (officer, userName) = app.CreateClientAs(Roles.TownshipOfficer, townships: [township]);

        Assert.Equal(1, await officer.CountByNationalIdAsync(real));
        for (var i = 0; i < FreeMisses; i++)
        {
            var guess = TestIds.NationalId();
            var url = i % 2 == 0 ? $"{Students}?nationalId={guess}" : $"{SubsidiesApi.Payments}?nationalId={guess}";
            Assert.Equal(0, (await (await officer.GetAsync(url)).ShouldBeAsync(HttpStatusCode.OK)).Number("total"));
        }

        var refused = await officer.GetAsync($"{Students}?nationalId={real}");

        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Contains("national ID", problem["errors"]!["nationalId"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "a 429 says when to try again");
        await (await officer.GetAsync($"{SubsidiesApi.Payments}?nationalId={real}")).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal(1, (await (await officer.GetAsync($"{Students}?townshipCode={township}")).ShouldBeAsync(HttpStatusCode.OK)).Number("total"));
        var entry = (await app.CreateAdminClient().AuditEntriesAsync($"user={Uri.EscapeDataString(userName)}&module=Registry"))
            .First(e => e.Text("outcome") == "Refused");
        Assert.Contains(real[..6] + "********" + real[14..], entry.Text("records"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookups_on_the_referral_lists_and_their_exports_count_with_the_others()
    {
        var (township, school) = await _county.TownshipWithSchoolAsync();
        var real = TestIds.NationalId();
        await _county.StudentAsync(school, real);
        var (officer, _) = app.CreateClientAs(Roles.TownshipOfficer, townships: [township]);
        string[] lists = [PlanApi.SubsidiesReferrals, PlanApi.VocationalReferrals, PlanApi.SpecialNeedsReferrals];

        for (var i = 0; i < FreeMisses; i++)
        {
            var url = $"{lists[i % lists.Length]}?nationalId={TestIds.NationalId()}";
            if (i % 4 == 0)
            {
                Assert.Single(await (await officer.GetAsync(url + "&format=csv")).CsvRowsAsync());
            }
            else
            {
                Assert.Equal(0, (await (await officer.GetAsync(url)).ShouldBeAsync(HttpStatusCode.OK)).Number("total"));
            }
        }

        await (await officer.GetAsync($"{Students}?nationalId={real}")).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        foreach (var list in lists)
        {
            await (await officer.GetAsync($"{list}?nationalId={real}")).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
            await (await officer.GetAsync($"{list}?nationalId={real}&format=xlsx")).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        }
    }

    [Fact]
    public async Task Lookups_that_find_a_child_are_not_counted_and_full_id_callers_are_not_limited()
    {
        var (township, school) = await _county.TownshipWithSchoolAsync();
        var real = TestIds.NationalId();
        await _county.StudentAsync(school, real);
        var (officer, _) = app.CreateClientAs(Roles.TownshipOfficer, townships: [township]);

        for (var i = 0; i < FreeMisses + 5; i++)
        {
            Assert.Equal(1, await officer.CountByNationalIdAsync(real));
            Assert.Equal(0, await _county.CountByNationalIdAsync(TestIds.NationalId()));
        }
    }
}
