using System.Net;
using EduRelief.Host.Tests.Access;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.Subsidies;
using EduRelief.Host.Tests.TeacherSupport;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.Reporting;

/// <summary>
/// A year locked as reported: the summary stored as it was, writes dated in the year refused by the modules that own
/// them, an Admin's unlock with a reason kept in the year's history and the audit log. Year 2011 is this test's own: no
/// other test writes into it.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class PeriodLockTests(EduReliefApp app)
{
    private const int Year = 2011;
    private const string Years = "/api/reporting/years";
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task A_locked_year_keeps_its_summary_refuses_writes_dated_in_it_and_opens_again_only_for_an_Admin_with_a_reason()
    {
        var (township, rural) = await _officer.TownshipWithSchoolAsync(location: "Remote");
        var urban = await _officer.SchoolAsync(township, location: "Urban");
        var pairing = await _officer.PairAsync(urban, rural, $"{Year - 1}-09-01");
        await (await _officer.ActivityAsync(pairing, $"{Year}-03-10")).ShouldBeAsync(HttpStatusCode.Created);

        var locked = await (await _officer.PostAsync($"{Years}/{Year}/lock", null)).ShouldBeAsync(HttpStatusCode.OK);

        Assert.True(locked["locked"]!.GetValue<bool>());
        Assert.False(string.IsNullOrEmpty(locked.Text("lockedBy")));
        Assert.Equal(Year, locked["summary"]!.Number("year"));
        var read = await (await _officer.GetAsync($"{Years}/{Year}")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(locked["summary"]!.ToJsonString(), read["summary"]!.ToJsonString());
        var second = await (await _officer.PostAsync($"{Years}/{Year}/lock", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("already locked", Assert.Single(second.FieldErrors("year")), StringComparison.Ordinal);

        var outreach = await (await _officer.PostJsonAsync(SubsidiesApi.Outreach, new { date = $"{Year}-05-20", townshipCode = township, kind = "政策宣讲会", participants = 10, materials = 30 }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains($"{Year} is locked as reported", Assert.Single(outreach.FieldErrors("date")), StringComparison.Ordinal);
        Assert.NotEmpty((await (await app.Staff().PostBatchAsync("LivingSubsidy", $"{Year}-1")).ShouldBeProblemAsync(HttpStatusCode.Conflict)).FieldErrors("term"));
        Assert.NotEmpty((await (await _officer.ActivityAsync(pairing, $"{Year}-06-01")).ShouldBeProblemAsync(HttpStatusCode.Conflict)).FieldErrors("on"));
        Assert.Empty(await _officer.ItemsAsync($"{SubsidiesApi.Outreach}?year={Year}&townshipCode={township}"));
        Assert.Single(await _officer.ItemsAsync($"{TeacherApi.Activities}?pairingId={pairing}"));
        await (await _officer.ActivityAsync(pairing, $"{Year + 1}-03-10")).ShouldBeAsync(HttpStatusCode.Created);
        var reread = await (await _officer.GetAsync($"{Years}/{Year}")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(locked["summary"]!.ToJsonString(), reread["summary"]!.ToJsonString());

        var admin = app.CreateAdminClient();
        await (await _officer.PostJsonAsync($"{Years}/{Year}/unlock", new { reason = "更正" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.NotEmpty((await (await admin.PostJsonAsync($"{Years}/{Year}/unlock", new { })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("reason"));
        var unlocked = await (await admin.PostJsonAsync($"{Years}/{Year}/unlock", new { reason = "补录一次宣传活动" })).ShouldBeAsync(HttpStatusCode.OK);

        Assert.False(unlocked["locked"]!.GetValue<bool>());
        var entry = Assert.Single(unlocked["history"]!.AsArray())!;
        Assert.Equal("补录一次宣传活动", entry.Text("unlockReason"));
        Assert.Equal(locked.Text("lockedBy"), entry.Text("lockedBy"));
        Assert.NotEmpty(await admin.AuditEntriesAsync("module=Reporting&action=UnlockYearCommand"));
        await (await admin.PostJsonAsync($"{Years}/{Year}/unlock", new { reason = "again" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await _officer.PostJsonAsync(SubsidiesApi.Outreach, new { date = $"{Year}-05-20", townshipCode = township, kind = "政策宣讲会", participants = 10, materials = 30 }))
            .ShouldBeAsync(HttpStatusCode.Created);

        var relocked = await (await _officer.PostAsync($"{Years}/{Year}/lock", null)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(2, relocked["history"]!.AsArray().Count);
        Assert.NotEqual(locked["summary"]!.ToJsonString(), relocked["summary"]!.ToJsonString());
    }

    [Fact]
    public async Task A_future_year_a_caller_short_of_the_whole_county_or_an_unlocked_year_is_a_clear_answer()
    {
        var future = TeacherApi.Today.Year + 1;
        Assert.NotEmpty((await (await _officer.PostAsync($"{Years}/{future}/lock", null)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("year"));
        Assert.NotEmpty((await (await _officer.GetAsync($"{Years}/{future}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("year"));
        var (township, _) = await _officer.TownshipWithSchoolAsync();
        var local = app.CreateClientAs(Roles.TownshipOfficer, townships: [township]).Client;
        await (await local.PostAsync($"{Years}/2012/lock", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await app.CreateAdminClient().PostAsync($"{Years}/2012/lock", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var open = await (await _officer.GetAsync($"{Years}/2012")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.False(open["locked"]!.GetValue<bool>());
        Assert.Null(open["summary"]);
        Assert.NotEmpty((await (await app.CreateAdminClient().PostJsonAsync($"{Years}/2012/unlock", new { reason = "x" })).ShouldBeProblemAsync(HttpStatusCode.Conflict)).FieldErrors("year"));
    }
}
