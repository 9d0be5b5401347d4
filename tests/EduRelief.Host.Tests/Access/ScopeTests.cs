using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;
using static EduRelief.Host.Tests.Registry.RegistryApi;

namespace EduRelief.Host.Tests.Access;

/// <summary>
/// Township and school staff see and change only their own townships' and schools' records. A record outside the
/// caller's scope answers exactly like a record that does not exist (404), and every list is filtered.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ScopeTests(EduReliefApp app)
{
    private readonly HttpClient _county = app.CreateClient();

    /// <summary>Township A (the officer's) and township B, a school and a student in each, and an officer of A.</summary>
    private async Task<Setup> TwoTownshipsAsync()
    {
        var (townshipA, schoolA) = await _county.TownshipWithSchoolAsync();
        var (townshipB, schoolB) = await _county.TownshipWithSchoolAsync();
        var nationalIdA = TestIds.NationalId();
        var nationalIdB = TestIds.NationalId();
        var studentA = await _county.StudentAsync(schoolA, nationalIdA);
        var studentB = await _county.StudentAsync(schoolB, nationalIdB);
        var (officer, _) = app.CreateClientAs(Roles.TownshipOfficer, townships: [townshipA]);
        return new Setup(townshipA, schoolA, studentA, nationalIdA, townshipB, schoolB, studentB, nationalIdB, officer);
    }

    private sealed record Setup(
        string TownshipA, string SchoolA, string StudentA, string NationalIdA,
        string TownshipB, string SchoolB, string StudentB, string NationalIdB,
        HttpClient Officer);

    [Fact]
    public async Task A_township_officer_lists_only_their_townships_students()
    {
        var s = await TwoTownshipsAsync();
        var secondA = await _county.StudentAsync(await _county.SchoolAsync(s.TownshipA));

        var page = await s.Officer.FindStudentsAsync("pageSize=500");

        Assert.Equal(2, page.Number("total"));
        Assert.Equal(new[] { s.StudentA, secondA }.Order(StringComparer.Ordinal), page["items"].Strings("id").Order(StringComparer.Ordinal));
        Assert.All(page["items"]!.AsArray(), item => Assert.Equal(s.TownshipA, item.Text("townshipCode")));
    }

    [Fact]
    public async Task Another_townships_student_is_404_exactly_like_a_missing_one()
    {
        var s = await TwoTownshipsAsync();

        var outOfScope = await (await s.Officer.GetAsync($"{Students}/{s.StudentB}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var missingId = Guid.NewGuid().ToString();
        var missing = await (await s.Officer.GetAsync($"{Students}/{missingId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(missing.Text("title"), outOfScope.Text("title"));
        Assert.Equal(missing.Text("detail").Replace(missingId, "ID", StringComparison.Ordinal), outOfScope.Text("detail").Replace(s.StudentB, "ID", StringComparison.Ordinal));
        await s.Officer.GetStudentAsync(s.StudentA);
    }

    [Fact]
    public async Task Searching_by_another_townships_national_id_finds_nothing()
    {
        var s = await TwoTownshipsAsync();

        var page = await s.Officer.FindStudentsAsync("nationalId=" + s.NationalIdB);

        Assert.Equal(0, page.Number("total"));
        Assert.Empty(page["items"]!.AsArray());
        Assert.Equal(1, await s.Officer.CountByNationalIdAsync(s.NationalIdA));
    }

    [Fact]
    public async Task Filtering_by_another_township_or_its_school_finds_nothing()
    {
        var s = await TwoTownshipsAsync();

        Assert.Equal(0, await s.Officer.CountStudentsAsync("townshipCode=" + s.TownshipB));
        Assert.Equal(0, await s.Officer.CountStudentsAsync("schoolCode=" + s.SchoolB));
        Assert.Equal(1, await s.Officer.CountStudentsAsync("townshipCode=" + s.TownshipA));
    }

    [Fact]
    public async Task Another_townships_student_file_is_404()
    {
        var s = await TwoTownshipsAsync();

        await (await s.Officer.GetAsync($"{Students}/{s.StudentB}/file")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await s.Officer.GetFileAsync(s.StudentA);
    }

    [Fact]
    public async Task Changing_another_townships_student_is_404_and_changes_nothing()
    {
        var s = await TwoTownshipsAsync();

        var response = await s.Officer.PatchJsonAsync($"{Students}/{s.StudentB}", new { grade = 5, boarding = false, version = 1 });

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var student = await _county.GetStudentAsync(s.StudentB);
        Assert.Equal(3, student.Number("grade"));
        Assert.True(student.Flag("boarding"));
        Assert.Equal(1, student.Number("version"));
        Assert.Empty((await _county.GetFileAsync(s.StudentB))["history"]!.AsArray());
    }

    [Fact]
    public async Task A_township_officer_changes_their_own_student()
    {
        var s = await TwoTownshipsAsync();

        await (await s.Officer.PatchJsonAsync($"{Students}/{s.StudentA}", new { grade = 4, version = 1 })).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal(4, (await _county.GetStudentAsync(s.StudentA)).Number("grade"));
    }

    [Fact]
    public async Task Moving_an_own_student_to_another_townships_school_is_refused_naming_schoolCode()
    {
        var s = await TwoTownshipsAsync();

        var response = await s.Officer.PatchJsonAsync($"{Students}/{s.StudentA}", new { schoolCode = s.SchoolB, version = 1 });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("no school has code", Assert.Single(problem.FieldErrors("schoolCode")), StringComparison.Ordinal);
        Assert.Equal(s.SchoolA, (await _county.GetStudentAsync(s.StudentA)).Text("schoolCode"));
    }

    [Fact]
    public async Task Registering_a_student_at_another_townships_school_is_refused_naming_schoolCode()
    {
        var s = await TwoTownshipsAsync();
        var nationalId = TestIds.NationalId();

        var response = await s.Officer.RegisterAsync(StudentBody(s.SchoolB, nationalId));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("no school has code", Assert.Single(problem.FieldErrors("schoolCode")), StringComparison.Ordinal);
        Assert.Equal(0, await _county.CountByNationalIdAsync(nationalId));
    }

    [Fact]
    public async Task A_township_officer_registers_a_student_at_their_own_school()
    {
        var s = await TwoTownshipsAsync();
        var nationalId = TestIds.NationalId();

        await (await s.Officer.RegisterAsync(StudentBody(s.SchoolA, nationalId))).ShouldBeAsync(HttpStatusCode.Created);

        Assert.Equal(1, await _county.CountByNationalIdAsync(nationalId));
    }

    [Fact]
    public async Task A_roster_row_for_another_townships_school_is_a_row_error()
    {
        var s = await TwoTownshipsAsync();
        var good = TestIds.NationalId();
        var foreign = TestIds.NationalId();

        var response = await s.Officer.ImportRosterAsync(Csv(RosterHeader, RosterLine(good, s.SchoolA), RosterLine(foreign, s.SchoolB)));

        var report = (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest))["report"]!;
        report.AssertRosterCounts(accepted: 1, rejected: 1, stored: false);
        var error = Assert.Single(report["errors"]!.AsArray())!;
        Assert.Equal(3, error.Number("line"));
        Assert.Equal("school_code", error.Text("field"));
        Assert.Contains("no school has code", error.Text("message"), StringComparison.Ordinal);
        Assert.Equal(0, await _county.CountByNationalIdAsync(foreign));
        Assert.Equal(0, await _county.CountByNationalIdAsync(good));
    }

    [Fact]
    public async Task A_roster_row_that_would_pull_another_townships_student_into_an_own_school_is_a_row_error()
    {
        var s = await TwoTownshipsAsync();

        var response = await s.Officer.ImportRosterAsync(Csv(RosterHeader, RosterLine(s.NationalIdB, s.SchoolA, grade: 6)), partial: true);

        var report = await response.ShouldBeAsync(HttpStatusCode.OK);
        report.AssertRosterCounts(accepted: 0, rejected: 1);
        var error = Assert.Single(report["errors"]!.AsArray())!;
        Assert.Equal("national_id", error.Text("field"));
        Assert.Contains("cannot be registered from your account", error.Text("message"), StringComparison.Ordinal);
        var student = await _county.GetStudentAsync(s.StudentB);
        Assert.Equal(s.SchoolB, student.Text("schoolCode"));
        Assert.Equal(3, student.Number("grade"));
    }

    [Fact]
    public async Task A_township_officer_lists_only_their_townships_schools_and_townships()
    {
        var s = await TwoTownshipsAsync();

        var schools = await (await s.Officer.GetAsync($"{Schools}?pageSize=500")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal([s.SchoolA], schools["items"].Strings("code"));
        var filtered = await (await s.Officer.GetAsync($"{Schools}?townshipCode={s.TownshipB}")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Empty(filtered["items"]!.AsArray());
        var townships = await (await s.Officer.GetAsync($"{Townships}?pageSize=500")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal([s.TownshipA], townships["items"].Strings("code"));
    }

    [Fact]
    public async Task Another_townships_school_and_township_are_404()
    {
        var s = await TwoTownshipsAsync();

        await (await s.Officer.GetAsync($"{Schools}/{s.SchoolB}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await s.Officer.GetAsync($"{Townships}/{s.TownshipB}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await s.Officer.GetAsync($"{Schools}/{s.SchoolA}")).ShouldBeAsync(HttpStatusCode.OK);
        await (await s.Officer.GetAsync($"{Townships}/{s.TownshipA}")).ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Another_townships_village_is_404_and_adding_a_village_is_403()
    {
        var s = await TwoTownshipsAsync();
        var villageA = TestIds.Code("V");
        var villageB = TestIds.Code("V");
        await (await _county.PostJsonAsync(Villages, new { code = villageA, name = "红星村", townshipCode = s.TownshipA })).ShouldBeAsync(HttpStatusCode.Created);
        await (await _county.PostJsonAsync(Villages, new { code = villageB, name = "红旗村", townshipCode = s.TownshipB })).ShouldBeAsync(HttpStatusCode.Created);

        await (await s.Officer.GetAsync($"{Villages}/{villageA}")).ShouldBeAsync(HttpStatusCode.OK);
        await (await s.Officer.GetAsync($"{Villages}/{villageB}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var code = TestIds.Code("V");
        await (await s.Officer.PostJsonAsync(Villages, new { code, name = "新村", townshipCode = s.TownshipA })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await _county.GetAsync($"{Villages}/{code}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_township_officer_may_not_import_the_household_list()
    {
        var s = await TwoTownshipsAsync();
        var household = TestIds.Code("H");

        var response = await s.Officer.PostCsvAsync(Households, Csv("household_id,category,effective_on,status", $"{household},ExtremePoverty,2025-03-01,Active"));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_township_officer_may_not_add_a_township_or_a_school_elsewhere()
    {
        var s = await TwoTownshipsAsync();
        var code = TestIds.Code("T");

        await (await s.Officer.PostJsonAsync(Townships, new { code, name = "新镇" + code })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await _county.GetAsync($"{Townships}/{code}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var school = TestIds.Code("S");
        var response = await s.Officer.PostJsonAsync(Schools, new { code = school, name = "学校" + school, townshipCode = s.TownshipB, stage = "Primary", location = "Rural", classrooms = 6 });
        Assert.NotEmpty((await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("townshipCode"));
        await (await _county.GetAsync($"{Schools}/{school}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task School_staff_change_their_own_schools_students_but_not_a_neighbouring_schools()
    {
        var (township, school1) = await _county.TownshipWithSchoolAsync();
        var school2 = await _county.SchoolAsync(township);
        var student1 = await _county.StudentAsync(school1);
        var student2 = await _county.StudentAsync(school2);
        var (staff, _) = app.CreateClientAs(Roles.SchoolStaff, schools: [school1]);

        await (await staff.PatchJsonAsync($"{Students}/{student1}", new { grade = 4, version = 1 })).ShouldBeAsync(HttpStatusCode.OK);
        await (await staff.PatchJsonAsync($"{Students}/{student2}", new { grade = 4, version = 2 })).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(4, (await _county.GetStudentAsync(student1)).Number("grade"));
        Assert.Equal(3, (await _county.GetStudentAsync(student2)).Number("grade"));
        Assert.Equal([student1], (await staff.FindStudentsAsync($"townshipCode={township}"))["items"].Strings("id"));
        await (await staff.GetAsync($"{Students}/{student2}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task School_staff_may_not_add_a_township()
    {
        var (_, school) = await _county.TownshipWithSchoolAsync();
        var (staff, _) = app.CreateClientAs(Roles.SchoolStaff, schools: [school]);
        var code = TestIds.Code("T");

        await (await staff.PostJsonAsync(Townships, new { code, name = "新镇" + code })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        await (await _county.GetAsync($"{Townships}/{code}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_scope_refusal_says_nothing_about_the_other_township()
    {
        var s = await TwoTownshipsAsync();

        var body = (await (await s.Officer.GetAsync($"{Students}/{s.StudentB}")).ShouldBeProblemAsync(HttpStatusCode.NotFound)).ToJsonString();

        Assert.DoesNotContain(s.TownshipB, body, StringComparison.Ordinal);
        Assert.DoesNotContain(s.SchoolB, body, StringComparison.Ordinal);
        Assert.DoesNotContain("scope", body, StringComparison.OrdinalIgnoreCase);
    }
}
