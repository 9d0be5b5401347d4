using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.SpecialNeeds;

namespace EduRelief.Host.Tests.Vocational;

/// <summary>Specialties at the vocational school and enrolments of registered students, with the poor household read from the Registry.</summary>
[Collection(HostCollection.Name)]
public sealed class EnrolmentTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task A_registered_student_is_enrolled_with_the_poor_household_read_from_the_registry_and_the_enrolment_in_the_student_file()
    {
        var (township, school, specialty) = await _officer.SchoolWithSpecialtyAsync();
        var (studentId, nationalId) = await _officer.RegistryStudentAsync(school);

        var response = await _officer.EnrolAsync(nationalId, specialty, VocationalApi.DaysAgo(90));

        var enrolment = await response.ShouldBeAsync(HttpStatusCode.Created);
        Assert.Equal($"{VocationalApi.Enrolments}/{enrolment.Text("id")}", response.Headers.Location?.OriginalString);
        Assert.Equal(studentId, enrolment.Text("studentId"));
        Assert.Equal(school, enrolment.Text("schoolCode"));
        Assert.Equal(township, enrolment.Text("townshipCode"));
        Assert.True(enrolment.Flag("poorHousehold"));
        Assert.True(enrolment.Flag("active"));
        var history = Assert.Single(enrolment["poorHouseholdHistory"]!.AsArray());
        Assert.Equal(VocationalApi.DaysAgo(90), history.Text("effectiveOn"));
        Assert.True(history.Flag("poor"));
        Assert.Equal(enrolment.Text("id"), Assert.Single(await _officer.ItemsAsync($"{VocationalApi.Enrolments}?schoolCode={school}")).Text("id"));
        Assert.Equal(specialty, (await (await _officer.GetAsync($"{VocationalApi.Enrolments}/{enrolment.Text("id")}")).ShouldBeAsync(HttpStatusCode.OK)).Text("specialtyCode"));
        var file = await Eventually.MatchAsync(() => _officer.GetFileAsync(studentId), f => f.ToJsonString().Contains("VocationalEnrolment", StringComparison.Ordinal), "the enrolment in the student file");
        Assert.Contains("建档立卡贫困户", file.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_student_not_of_a_poor_household_is_enrolled_as_such()
    {
        var (_, school, specialty) = await _officer.SchoolWithSpecialtyAsync();

        var (_, _, enrolment) = await _officer.EnrolledAsync(school, specialty, poor: false);

        Assert.False(enrolment.Flag("poorHousehold"));
    }

    [Fact]
    public async Task A_specialty_at_a_school_that_is_not_vocational_or_unknown_is_a_400_naming_the_school_and_a_taken_code_a_409_adding_nothing()
    {
        var (_, primary) = await _officer.TownshipWithSchoolAsync("Primary");
        var (_, school, specialty) = await _officer.SchoolWithSpecialtyAsync();

        Assert.Contains("not a secondary vocational school", Assert.Single((await (await _officer.PostSpecialtyAsync(primary)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("schoolCode")), StringComparison.Ordinal);
        Assert.NotEmpty((await (await _officer.PostSpecialtyAsync("NO-SUCH-SCHOOL")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("schoolCode"));
        Assert.NotEmpty((await (await _officer.PostSpecialtyAsync(school, specialty)).ShouldBeProblemAsync(HttpStatusCode.Conflict)).FieldErrors("code"));
        Assert.NotEmpty((await (await _officer.PostJsonAsync(VocationalApi.Specialties, new { code = "", name = "", schoolCode = school })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("name"));

        Assert.Empty(await _officer.ItemsAsync($"{VocationalApi.Specialties}?schoolCode={primary}"));
        Assert.Single(await _officer.ItemsAsync($"{VocationalApi.Specialties}?schoolCode={school}"));
    }

    [Fact]
    public async Task An_unregistered_or_malformed_id_an_unknown_specialty_or_a_future_date_is_a_400_naming_the_field_and_nothing_is_enrolled()
    {
        var (_, school, specialty) = await _officer.SchoolWithSpecialtyAsync();
        var (_, registered) = await _officer.RegistryStudentAsync(school);
        var unregistered = TestIds.NationalId();
        var (wrong, expected) = TestIds.WithWrongCheck();

        Assert.Contains("register the student first", Assert.Single((await (await _officer.EnrolAsync(unregistered, specialty)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("nationalId")), StringComparison.Ordinal);
        using var chinese = app.CreateClient();
        chinese.DefaultRequestHeaders.AcceptLanguage.Clear();
        Assert.Contains("请先登记学籍", Assert.Single((await (await chinese.EnrolAsync(unregistered, specialty)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("nationalId")), StringComparison.Ordinal);
        Assert.Contains($"check character should be {expected}", Assert.Single((await (await _officer.EnrolAsync(wrong, specialty)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("nationalId")), StringComparison.Ordinal);
        Assert.NotEmpty((await (await _officer.EnrolAsync(registered, "NO-SUCH-SPECIALTY")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("specialtyCode"));
        Assert.NotEmpty((await (await _officer.EnrolAsync(registered, specialty, SpecialNeedsApi.Day(SpecialNeedsApi.Today.AddDays(1)))).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("enrolledOn"));
        Assert.NotEmpty((await (await _officer.EnrolAsync(registered, specialty, orderClassCode: "NO-SUCH-CLASS")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("orderClassCode"));

        Assert.Empty(await _officer.ItemsAsync($"{VocationalApi.Enrolments}?schoolCode={school}"));
    }

    [Fact]
    public async Task A_second_active_enrolment_is_a_409_naming_the_student_and_the_first_is_kept_alone()
    {
        var (_, school, specialty) = await _officer.SchoolWithSpecialtyAsync();
        var other = await _officer.SpecialtyAsync(school);
        var (_, nationalId, first) = await _officer.EnrolledAsync(school, specialty);

        var refused = await (await _officer.EnrolAsync(nationalId, other)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains(specialty, Assert.Single(refused.FieldErrors("nationalId")), StringComparison.Ordinal);
        Assert.Equal(first.Text("id"), Assert.Single(await _officer.EnrolmentsOfAsync(nationalId)).Text("id"));
    }

    [Fact]
    public async Task The_enrolments_export_as_csv_with_chinese_headers_and_ids_masked_for_a_masked_caller()
    {
        var (_, school, specialty) = await _officer.SchoolWithSpecialtyAsync();
        var (_, nationalId, _) = await _officer.EnrolledAsync(school, specialty);
        var staff = app.CreateClientAs(EduRelief.SharedKernel.Identity.Roles.ModuleStaff, modules: ["Vocational"]).Client;

        var rows = await (await staff.GetAsync($"{VocationalApi.Enrolments}?schoolCode={school}&format=csv")).CsvRowsAsync();

        Assert.Equal("身份证号", rows[0][0]);
        Assert.Equal(2, rows.Count);
        Assert.Equal("是", rows[1][rows[0].Column("建档立卡")]);
        Assert.Contains("********", rows[1][0], StringComparison.Ordinal);
        Assert.DoesNotContain(nationalId, rows[1][0], StringComparison.Ordinal);
    }
}
