using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.TeacherSupport;

/// <summary>A teacher who leaves the county's service: the history ends on the last day, and nothing after it is paid, trained, exchanged or preferred.</summary>
[Collection(HostCollection.Name)]
public sealed class DepartureTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task A_teacher_who_retired_is_paid_the_allowance_up_to_the_last_month_in_post_and_not_after()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync(location: "Remote");
        var retiring = (await _officer.TeacherAsync(school, hiredOn: "2005-09-01")).Text("id");
        var staying = (await _officer.TeacherAsync(school, hiredOn: "2005-09-01")).Text("id");
        await (await _officer.PutSchoolTierAsync("2008-01-01", 400m, school)).ShouldBeAsync(HttpStatusCode.OK);

        var left = await (await _officer.DepartAsync(retiring, "2008-05-31", "Retired")).ShouldBeAsync(HttpStatusCode.OK);
        await (await _officer.ComputeAsync("2008-05")).ShouldBeAsync(HttpStatusCode.OK);
        await (await _officer.ComputeAsync("2008-06")).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal("2008-05-31", left.Text("leftOn"));
        Assert.Equal("Retired", left.Text("leavingReason"));
        Assert.Equal("2008-05-31", Assert.Single(left["history"]!.AsArray())!.Text("endsOn"));
        Assert.Equal(new Dictionary<string, decimal> { [retiring] = 400m, [staying] = 400m }, await _officer.LinesAsync("2008-05", school));
        Assert.Equal(new Dictionary<string, decimal> { [staying] = 400m }, await _officer.LinesAsync("2008-06", school));
    }

    [Fact]
    public async Task After_leaving_a_teacher_cannot_be_moved_trained_exchanged_or_preferred_and_each_refusal_names_the_field()
    {
        var (township, rural) = await _officer.TownshipWithSchoolAsync();
        var urban = await _officer.SchoolAsync(township, location: "Urban");
        var teacher = await _officer.TeacherAsync(rural, hiredOn: "1990-09-01");
        var id = teacher.Text("id");
        var nationalId = await FullNationalIdAsync(id);
        var pairing = await _officer.PairAsync(urban, rural, "2020-09-01");
        var course = await _officer.CourseAsync(TeacherApi.DaysAgo(3), TeacherApi.DaysAgo(1));
        var township_ = app.CreateClientAs(Roles.TownshipOfficer, townships: [township]).Client;
        Assert.Single(await township_.ItemsAsync(TeacherApi.TitlePreference));

        await (await _officer.DepartAsync(id, "2021-08-31", "TransferredOut")).ShouldBeAsync(HttpStatusCode.OK);

        Assert.NotEmpty((await (await _officer.DepartAsync(id, "2021-09-30")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("lastDay"));
        Assert.NotEmpty((await (await _officer.MoveAsync(id, urban, "2021-09-01")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("on"));
        Assert.NotEmpty((await (await _officer.AttendAsync(course, nationalId)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("nationalIds[0]"));
        Assert.NotEmpty((await (await _officer.ExchangeAsync(pairing, nationalId, rural, urban, "2021-09-01", "2022-01-31")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("startsOn"));
        await (await _officer.ExchangeAsync(pairing, nationalId, rural, urban, "2021-03-01", "2021-06-30")).ShouldBeAsync(HttpStatusCode.Created);
        Assert.Empty(await _officer.ItemsAsync($"{TeacherApi.Attendance}?courseCode={course}"));
        Assert.Empty(await township_.ItemsAsync(TeacherApi.TitlePreference));
        var after = await _officer.GetTeacherAsync(id);
        Assert.Equal([rural], after["history"]!.AsArray().Select(p => p.Text("schoolCode")));
        Assert.Equal(31, after.Number("ruralYears"));
    }

    [Fact]
    public async Task A_last_day_to_come_or_before_the_posting_or_an_unknown_reason_is_a_400_and_the_teacher_stays_in_post()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var id = (await _officer.TeacherAsync(school, hiredOn: "2020-09-01")).Text("id");

        Assert.NotEmpty((await (await _officer.DepartAsync(id, TeacherApi.Day(TeacherApi.Today.AddDays(1)))).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("lastDay"));
        Assert.NotEmpty((await (await _officer.DepartAsync(id, "2020-08-31")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("lastDay"));
        Assert.NotEmpty((await (await _officer.DepartAsync(id, "2024-07-31", "Fired")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("reason"));
        Assert.NotEmpty((await (await _officer.DepartAsync(id, "2024-07-31", null!)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("reason"));

        var teacher = await _officer.GetTeacherAsync(id);
        Assert.Null(teacher["leftOn"]);
        Assert.Null(Assert.Single(teacher["history"]!.AsArray())!["endsOn"]);
        await (await _officer.DepartAsync(Guid.NewGuid().ToString(), "2024-07-31")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<string> FullNationalIdAsync(string teacherId) => (await _officer.GetTeacherAsync(teacherId)).Text("nationalId");
}
