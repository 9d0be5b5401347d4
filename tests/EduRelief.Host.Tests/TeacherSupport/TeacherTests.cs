using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.TeacherSupport;

/// <summary>Teachers: identity checked as the Registry checks it, the service history kept across moves, rural years counted from it, scope and masking.</summary>
[Collection(HostCollection.Name)]
public sealed class TeacherTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task A_teacher_moved_to_a_town_school_keeps_the_history_and_counts_only_the_rural_years()
    {
        var (township, rural) = await _officer.TownshipWithSchoolAsync(location: "Remote");
        var urban = await _officer.SchoolAsync(township, location: "Urban");
        var teacher = await _officer.TeacherAsync(rural, hiredOn: TeacherApi.Day(TeacherApi.Today.AddYears(-12)));
        Assert.Equal(12, teacher.Number("ruralYears"));

        var moved = await (await _officer.MoveAsync(teacher.Text("id"), urban, TeacherApi.Day(TeacherApi.Today.AddYears(-3)))).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal(9, moved.Number("ruralYears"));
        Assert.Equal(urban, moved.Text("schoolCode"));
        var history = moved["history"]!.AsArray();
        Assert.Equal([rural, urban], history.Select(p => p.Text("schoolCode")));
        Assert.Equal(TeacherApi.Day(TeacherApi.Today.AddYears(-3).AddDays(-1)), history[0].Text("endsOn"));
        Assert.Null(history[1]!["endsOn"]);
        var id = teacher.Text("id");
        Assert.Contains(id, (await _officer.ItemsAsync($"{TeacherApi.Teachers}?townshipCode={township}&ruralYearsAtLeast=9")).Select(t => t.Text("id")));
        Assert.DoesNotContain(id, (await _officer.ItemsAsync($"{TeacherApi.Teachers}?townshipCode={township}&ruralYearsAtLeast=10")).Select(t => t.Text("id")));
    }

    [Fact]
    public async Task The_title_preference_lists_teachers_with_at_least_the_rural_years_asked_ten_by_default()
    {
        var (township, rural) = await _officer.TownshipWithSchoolAsync();
        var long_ = await _officer.TeacherAsync(rural, hiredOn: TeacherApi.Day(TeacherApi.Today.AddYears(-21)));
        var short_ = await _officer.TeacherAsync(rural, hiredOn: TeacherApi.Day(TeacherApi.Today.AddYears(-10).AddDays(3)));
        var township_ = app.CreateClientAs(Roles.TownshipOfficer, townships: [township]).Client;

        var byDefault = await township_.ItemsAsync(TeacherApi.TitlePreference);
        var preferred = Assert.Single(byDefault);
        Assert.Equal(long_.Text("id"), preferred.Text("teacherId"));
        Assert.Equal(21, preferred.Number("ruralYears"));
        Assert.Equal(20, preferred.Number("honour"));
        Assert.Equal(2, (await township_.ItemsAsync($"{TeacherApi.TitlePreference}?minRuralYears=9")).Count);
        Assert.Equal(9, (await township_.ItemsAsync($"{TeacherApi.TitlePreference}?minRuralYears=9")).Single(t => t.Text("teacherId") == short_.Text("id")).Number("ruralYears"));
        Assert.NotEmpty((await (await township_.GetAsync($"{TeacherApi.TitlePreference}?minRuralYears=0")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("minRuralYears"));
    }

    [Fact]
    public async Task A_wrong_check_character_an_unknown_school_or_a_bad_staffing_is_a_400_naming_the_field_and_adds_no_one()
    {
        var (township, school) = await _officer.TownshipWithSchoolAsync();
        var (wrong, expected) = TestIds.WithWrongCheck();

        var badId = await (await _officer.PostTeacherAsync(school, wrong)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains($"check character should be {expected}", Assert.Single(badId.FieldErrors("nationalId")), StringComparison.Ordinal);
        Assert.NotEmpty((await (await _officer.PostTeacherAsync("NO-SUCH-SCHOOL")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("schoolCode"));
        Assert.NotEmpty((await (await _officer.PostTeacherAsync(school, staffing: "Temporary")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("staffing"));
        Assert.NotEmpty((await (await _officer.PostTeacherAsync(school, hiredOn: TeacherApi.Day(TeacherApi.Today.AddDays(2)))).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("hiredOn"));
        Assert.Empty(await _officer.ItemsAsync($"{TeacherApi.Teachers}?townshipCode={township}"));
    }

    [Fact]
    public async Task Problems_speak_Chinese_unless_English_is_asked_for()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var (wrong, expected) = TestIds.WithWrongCheck();
        _officer.DefaultRequestHeaders.AcceptLanguage.Clear();

        var problem = await (await _officer.PostTeacherAsync(school, wrong)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal($"身份证号校验码错误，应为 {expected}", Assert.Single(problem.FieldErrors("nationalId")));
        Assert.Contains("不存在", Assert.Single((await (await _officer.PostTeacherAsync("NO-SUCH-SCHOOL")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("schoolCode")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_national_id_twice_is_a_409()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var nationalId = TestIds.NationalId(new DateOnly(1985, 1, 9));
        await _officer.TeacherAsync(school, nationalId);

        Assert.NotEmpty((await (await _officer.PostTeacherAsync(school, nationalId)).ShouldBeProblemAsync(HttpStatusCode.Conflict)).FieldErrors("nationalId"));
    }

    [Fact]
    public async Task A_move_to_the_same_school_before_the_posting_or_to_come_is_refused()
    {
        var (township, school) = await _officer.TownshipWithSchoolAsync();
        var other = await _officer.SchoolAsync(township);
        var teacher = (await _officer.TeacherAsync(school, hiredOn: TeacherApi.DaysAgo(100))).Text("id");

        Assert.NotEmpty((await (await _officer.MoveAsync(teacher, school, TeacherApi.DaysAgo(10))).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("schoolCode"));
        Assert.NotEmpty((await (await _officer.MoveAsync(teacher, other, TeacherApi.DaysAgo(100))).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("on"));
        Assert.NotEmpty((await (await _officer.MoveAsync(teacher, other, TeacherApi.Day(TeacherApi.Today.AddDays(3)))).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("on"));
        Assert.NotEmpty((await (await _officer.MoveAsync(teacher, "NO-SUCH-SCHOOL", TeacherApi.DaysAgo(10))).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("schoolCode"));
        Assert.Single((await _officer.GetTeacherAsync(teacher))["history"]!.AsArray());
    }

    [Fact]
    public async Task A_teacher_outside_the_callers_schools_is_a_404_and_not_listed_and_ids_are_masked_for_them()
    {
        var (township, school) = await _officer.TownshipWithSchoolAsync();
        var (_, elsewhere) = await _officer.TownshipWithSchoolAsync();
        var nationalId = TestIds.NationalId(new DateOnly(1988, 11, 23));
        var inside = await _officer.TeacherAsync(school, nationalId);
        var outside = await _officer.TeacherAsync(elsewhere);
        var staff = app.CreateClientAs(Roles.SchoolStaff, schools: [school]).Client;

        await (await staff.GetAsync($"{TeacherApi.Teachers}/{outside.Text("id")}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await staff.MoveAsync(outside.Text("id"), school, TeacherApi.DaysAgo(1))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var listed = Assert.Single(await staff.ItemsAsync(TeacherApi.Teachers));
        Assert.Equal(inside.Text("id"), listed.Text("id"));
        Assert.Equal(nationalId[..6] + "********" + nationalId[14..], listed.Text("nationalId"));
        Assert.Equal(nationalId, (await _officer.GetTeacherAsync(inside.Text("id"))).Text("nationalId"));
        Assert.DoesNotContain(nationalId, await (await staff.GetAsync($"{TeacherApi.Teachers}?format=csv")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await (await staff.PostTeacherAsync(elsewhere)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Single(await _officer.ItemsAsync($"{TeacherApi.Teachers}?townshipCode={township}"));
    }

    [Fact]
    public async Task The_list_exports_as_csv_and_xlsx_with_chinese_headers()
    {
        var (township, school) = await _officer.TownshipWithSchoolAsync();
        await _officer.TeacherAsync(school);

        var csv = await (await _officer.GetAsync($"{TeacherApi.Teachers}?townshipCode={township}&format=csv")).CsvRowsAsync();
        Assert.Equal(["身份证号", "姓名", "学校代码"], csv[0][..3]);
        Assert.Equal(school, Assert.Single(csv.Skip(1))[csv[0].Column("学校代码")]);
        var xlsx = await (await _officer.GetAsync($"{TeacherApi.Teachers}?townshipCode={township}&format=xlsx")).XlsxRowsAsync();
        Assert.Equal(2, xlsx.Count);
        await (await _officer.GetAsync($"{TeacherApi.Teachers}?format=pdf")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}
