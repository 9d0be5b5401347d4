using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.TeacherSupport;

/// <summary>Training person-times: one per (teacher, course), however often sent; unknown teachers and courses to come are refused.</summary>
[Collection(HostCollection.Name)]
public sealed class TrainingTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task A_teacher_attending_the_same_course_twice_counts_once()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var a = (await _officer.TeacherAsync(school)).Text("nationalId");
        var b = (await _officer.TeacherAsync(school)).Text("nationalId");
        var course = await _officer.CourseAsync(TeacherApi.DaysAgo(5), TeacherApi.DaysAgo(1), "Backbone");

        var first = await (await _officer.AttendAsync(course, a, b, a)).ShouldBeAsync(HttpStatusCode.OK);
        var again = await (await _officer.AttendAsync(course, b)).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal(2, first.Number("recorded"));
        Assert.Equal(1, first.Number("alreadyRecorded"));
        Assert.Equal(0, again.Number("recorded"));
        Assert.Equal(2, again.Number("personTimes"));
        Assert.Equal(2, (await _officer.ItemsAsync($"{TeacherApi.Attendance}?courseCode={course}")).Count);
        var listed = Assert.Single(await _officer.ItemsAsync($"{TeacherApi.Courses}?code={course}"));
        Assert.Equal(2, listed.Number("personTimes"));
        Assert.Equal("Backbone", listed.Text("kind"));
    }

    [Fact]
    public async Task Attendance_of_an_unknown_teacher_or_at_a_course_not_yet_started_is_refused_and_records_nothing()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var known = (await _officer.TeacherAsync(school)).Text("nationalId");
        var started = await _officer.CourseAsync(TeacherApi.DaysAgo(2), TeacherApi.DaysAgo(0));
        var toCome = await _officer.CourseAsync(TeacherApi.Day(TeacherApi.Today.AddDays(7)), TeacherApi.Day(TeacherApi.Today.AddDays(9)), "National");

        var unknown = await (await _officer.AttendAsync(started, known, TestIds.NationalId())).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(unknown.FieldErrors("nationalIds[1]"));
        Assert.Empty(unknown.FieldErrors("nationalIds[0]"));
        var (wrong, _) = TestIds.WithWrongCheck();
        Assert.NotEmpty((await (await _officer.AttendAsync(started, wrong)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("nationalIds[0]"));
        Assert.NotEmpty((await (await _officer.AttendAsync(started)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("nationalIds"));
        var early = await (await _officer.AttendAsync(toCome, known)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("has not started", Assert.Single(early.FieldErrors("startsOn")), StringComparison.Ordinal);
        await (await _officer.AttendAsync("NO-SUCH-COURSE", known)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        Assert.Empty(await _officer.ItemsAsync($"{TeacherApi.Attendance}?courseCode={started}"));
        Assert.Empty(await _officer.ItemsAsync($"{TeacherApi.Attendance}?courseCode={toCome}"));
    }

    [Fact]
    public async Task Two_records_of_the_same_attendance_at_once_count_each_teacher_once()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await _officer.TeacherAsync(school)).Text("nationalId"));
        }

        var course = await _officer.CourseAsync(TeacherApi.DaysAgo(3), TeacherApi.DaysAgo(1), "SendTeaching");

        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => _officer.AttendAsync(course, [.. ids])));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(5, (await _officer.ItemsAsync($"{TeacherApi.Attendance}?courseCode={course}")).Count);
    }

    [Fact]
    public async Task A_course_ending_before_it_starts_of_an_unknown_kind_or_without_hours_is_refused()
    {
        var code = TestIds.Code("C");
        var bad = await (await _officer.PostJsonAsync(TeacherApi.Courses, new { code, name = "培训", kind = "Weekly", startsOn = "2025-03-01", endsOn = "2025-03-02", hours = -1 })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(bad.FieldErrors("kind"));
        Assert.NotEmpty(bad.FieldErrors("hours"));
        Assert.NotEmpty((await (await _officer.PostJsonAsync(TeacherApi.Courses, new { code, name = "培训", kind = "AllStaff", startsOn = "2025-03-05", endsOn = "2025-03-02", hours = 8 })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("endsOn"));
        var township = app.CreateClientAs(Roles.TownshipOfficer, townships: [(await _officer.TownshipWithSchoolAsync()).TownshipCode]).Client;
        await (await township.PostJsonAsync(TeacherApi.Courses, new { code, name = "培训", kind = "AllStaff", startsOn = "2025-03-01", endsOn = "2025-03-02", hours = 8 })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(await _officer.ItemsAsync($"{TeacherApi.Courses}?code={code}"));
    }
}
