using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.TeacherSupport;

/// <summary>
/// The monthly roll: teachers in post at a rural or remote school on the 1st, at the tier of that day; approved by a
/// second person and then fixed; a later tier change applies to later months only.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class AllowanceRollTests(RollHost host) : IClassFixture<RollHost>
{
    private readonly HttpClient _officer = host.App.CreateClient();

    [Fact]
    public async Task An_approved_roll_is_not_recomputed_and_a_later_tier_change_applies_to_later_months_only()
    {
        var (township, school) = await _officer.TownshipWithSchoolAsync(location: "Remote");
        var urban = await _officer.SchoolAsync(township, location: "Urban");
        var early = (await _officer.TeacherAsync(school, hiredOn: "2002-01-10")).Text("id");
        var late = (await _officer.TeacherAsync(school, hiredOn: "2002-02-02")).Text("id");
        await (await _officer.PutSchoolTierAsync("2002-01-01", 300m, school)).ShouldBeAsync(HttpStatusCode.OK);

        await (await _officer.ComputeAsync("2002-02")).ShouldBeAsync(HttpStatusCode.OK);
        var march = await (await _officer.ComputeAsync("2002-03")).ShouldBeAsync(HttpStatusCode.OK);

        // In post on the 1st counts; a teacher who started on the 2nd is paid from the next month, no part-month.
        Assert.Equal(new Dictionary<string, decimal> { [early] = 300m }, await _officer.LinesAsync("2002-02", school));
        Assert.Equal(new Dictionary<string, decimal> { [early] = 300m, [late] = 300m }, await _officer.LinesAsync("2002-03", school));
        Assert.Equal("Computed", march.Text("status"));
        await (await _officer.ApproveAsync("2002-03")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var second = host.App.CreateClientAs(Roles.CountyOfficer).Client;
        var approved = await (await second.ApproveAsync("2002-03")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal("Approved", approved.Text("status"));
        await (await second.ApproveAsync("2002-03")).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        Assert.NotEmpty((await (await _officer.PutSchoolTierAsync("2002-03-15", 350m, school)).ShouldBeProblemAsync(HttpStatusCode.Conflict)).FieldErrors("effectiveFrom"));
        await (await _officer.PutSchoolTierAsync("2002-04-01", 350m, school)).ShouldBeAsync(HttpStatusCode.OK);
        await (await _officer.MoveAsync(early, urban, "2002-04-20")).ShouldBeAsync(HttpStatusCode.OK);
        var again = await (await _officer.ComputeAsync("2002-03")).ShouldBeAsync(HttpStatusCode.OK);
        await (await _officer.ComputeAsync("2002-04")).ShouldBeAsync(HttpStatusCode.OK);
        await (await _officer.ComputeAsync("2002-05")).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal("Approved", again.Text("status"));
        Assert.Equal(new Dictionary<string, decimal> { [early] = 300m, [late] = 300m }, await _officer.LinesAsync("2002-03", school));
        Assert.Equal(new Dictionary<string, decimal> { [early] = 350m, [late] = 350m }, await _officer.LinesAsync("2002-04", school));
        Assert.Equal(new Dictionary<string, decimal> { [late] = 350m }, await _officer.LinesAsync("2002-05", school));
        var tiers = (await (await _officer.GetAsync(TeacherApi.Tiers)).ShouldBeAsync(HttpStatusCode.OK)).AsArray().Where(t => t!["schoolCode"]?.GetValue<string>() == school).ToList();
        Assert.Equal(["2002-03-31", null], tiers.Select(t => t!["effectiveTo"]?.GetValue<string>()));
        var township_ = host.App.CreateClientAs(Roles.TownshipOfficer, townships: [township]).Client;
        var paid = await township_.ItemsAsync($"{TeacherApi.Payments}?year=2002");
        Assert.Equal(2, paid.Count);
        Assert.All(paid, p => Assert.Equal("2002-03", p.Text("month")));
        Assert.Equal(600m, (await (await township_.GetAsync($"{TeacherApi.Figures}?year=2002")).ShouldBeAsync(HttpStatusCode.OK))["allowancePaid"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task A_bad_month_a_month_to_come_a_roll_never_computed_or_a_caller_without_the_county_is_refused()
    {
        var (township, _) = await _officer.TownshipWithSchoolAsync();
        var next = TeacherApi.Today.AddMonths(1);

        Assert.NotEmpty((await (await _officer.ComputeAsync("2002-13")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("month"));
        Assert.NotEmpty((await (await _officer.ComputeAsync($"{next:yyyy-MM}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("month"));
        Assert.NotEmpty((await (await _officer.GetAsync($"{TeacherApi.Rolls}?month=march")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("month"));
        await (await _officer.GetAsync($"{TeacherApi.Rolls}?month=2001-07")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await host.App.CreateClientAs(Roles.CountyOfficer).Client.ApproveAsync("2001-07")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var scoped = host.App.CreateClientAs(Roles.TownshipOfficer, townships: [township]).Client;
        await (await scoped.ComputeAsync("2001-08")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await _officer.GetAsync($"{TeacherApi.Rolls}?month=2001-08")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
