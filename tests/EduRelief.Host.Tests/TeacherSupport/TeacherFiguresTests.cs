using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.TeacherSupport;

/// <summary>Every figure of a county built through the API, read from /figures, and the records behind each from its list.</summary>
[Collection(HostCollection.Name)]
public sealed class TeacherFiguresTests(RollHost host) : IClassFixture<RollHost>
{
    private const int Year = 2003;

    private readonly HttpClient _officer = host.App.CreateClient();

    [Fact]
    public async Task The_years_figures_count_the_records_and_each_list_reaches_them()
    {
        var (township, remote) = await _officer.TownshipWithSchoolAsync(location: "Remote");
        var urban = await _officer.SchoolAsync(township, location: "Urban");
        var campaign = await _officer.CampaignAsync(Year, (remote, 3), (urban, 1));
        var hired = new List<string>();
        foreach (var on in new[] { "2003-02-10", "2003-02-10", "2003-08-25" })
        {
            hired.Add((await (await _officer.HireAsync(campaign, remote, on)).ShouldBeAsync(HttpStatusCode.Created))["teacher"]!.Text("nationalId"));
        }

        await (await _officer.HireAsync(campaign, urban, "2003-08-25")).ShouldBeAsync(HttpStatusCode.Created);
        var course = await _officer.CourseAsync("2003-07-01", "2003-07-05");
        var other = await _officer.CourseAsync("2003-10-01", "2003-10-02", "National");
        await (await _officer.AttendAsync(course, hired[0], hired[1], hired[0])).ShouldBeAsync(HttpStatusCode.OK);
        await (await _officer.AttendAsync(course, hired[1])).ShouldBeAsync(HttpStatusCode.OK);
        await (await _officer.AttendAsync(other, hired[0])).ShouldBeAsync(HttpStatusCode.OK);
        var pairing = await _officer.PairAsync(urban, remote, "2003-03-01");
        foreach (var on in new[] { "2003-03-01", "2003-05-12", "2004-01-08" })
        {
            await (await _officer.ActivityAsync(pairing, on)).ShouldBeAsync(HttpStatusCode.Created);
        }

        await (await _officer.PutSchoolTierAsync("2003-01-01", 500m, remote)).ShouldBeAsync(HttpStatusCode.OK);
        var approver = host.App.CreateClientAs(Roles.CountyOfficer).Client;
        foreach (var month in new[] { "2003-03", "2003-09", "2003-10" })
        {
            await (await _officer.ComputeAsync(month)).ShouldBeAsync(HttpStatusCode.OK);
        }

        await (await approver.ApproveAsync("2003-03")).ShouldBeAsync(HttpStatusCode.OK);
        await (await approver.ApproveAsync("2003-09")).ShouldBeAsync(HttpStatusCode.OK);
        var township_ = host.App.CreateClientAs(Roles.TownshipOfficer, townships: [township]).Client;

        var figures = await (await township_.GetAsync($"{TeacherApi.Figures}?year={Year}")).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal(4, figures.Number("teachersRecruited"));
        Assert.Equal(3, figures.Number("ruralTeachersRecruited"));
        Assert.Equal(3, figures.Number("trainingPersonTimes"));
        Assert.Equal(2, figures.Number("pairingActivities"));
        // March: the two hired in February; September: all three (October is computed, not approved, so not paid).
        Assert.Equal(2_500m, figures["allowancePaid"]!.GetValue<decimal>());
        Assert.Equal(2, Assert.Single(figures["activitiesByPairing"]!.AsArray()).Number("activities"));
        Assert.Equal(4, (await township_.ItemsAsync($"{TeacherApi.Hires}?year={Year}")).Count);
        Assert.Equal(3, (await township_.ItemsAsync($"{TeacherApi.Hires}?year={Year}&rural=true")).Count);
        Assert.Equal(3, (await township_.ItemsAsync($"{TeacherApi.Attendance}?year={Year}")).Count);
        Assert.Equal(2, (await township_.ItemsAsync($"{TeacherApi.Activities}?year={Year}")).Count);
        Assert.Equal(2_500m, (await township_.ItemsAsync($"{TeacherApi.Payments}?year={Year}")).Sum(l => l!["monthly"]!.GetValue<decimal>()));

        var elsewhere = host.App.CreateClientAs(Roles.TownshipOfficer, townships: [(await _officer.TownshipWithSchoolAsync()).TownshipCode]).Client;
        var none = await (await elsewhere.GetAsync($"{TeacherApi.Figures}?year={Year}")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(0, none.Number("teachersRecruited"));
        Assert.Equal(0m, none["allowancePaid"]!.GetValue<decimal>());
        Assert.NotEmpty((await (await township_.GetAsync(TeacherApi.Figures)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("year"));
    }
}
