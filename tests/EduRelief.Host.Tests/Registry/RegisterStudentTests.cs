using System.Net;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Infrastructure;

namespace EduRelief.Host.Tests.Registry;

/// <summary>Registering one student: what is stored and what the national ID decides.</summary>
[Collection(HostCollection.Name)]
public sealed class RegisterStudentTests(EduReliefApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task A_registered_student_gets_an_id_birth_date_sex_and_stage_and_version_one()
    {
        var (townshipCode, schoolCode) = await _client.TownshipWithSchoolAsync("JuniorSecondary", "Remote");
        var nationalId = TestIds.NationalId(new DateOnly(2011, 11, 23), male: false);
        var body = RegistryApi.StudentBody(schoolCode, nationalId);
        body["householdId"] = "H-REG-1";
        body["categories"] = new JsonArray("RegisteredPoorHousehold", "Orphan");
        body["leftBehind"] = true;
        body["disability"] = new JsonObject { ["category"] = "Hearing", ["grade"] = 2 };

        var response = await _client.RegisterAsync(body);

        var student = await response.ShouldBeAsync(HttpStatusCode.Created);
        var id = student.Text("id");
        Assert.True(Guid.TryParse(id, out _));
        Assert.Equal($"/api/registry/students/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(nationalId, student.Text("nationalId"));
        Assert.Equal("张三", student.Text("name"));
        Assert.Equal("2011-11-23", student.Text("birthDate"));
        Assert.Equal("Female", student.Text("sex"));
        Assert.Equal(schoolCode, student.Text("schoolCode"));
        Assert.Equal(townshipCode, student.Text("townshipCode"));
        Assert.Equal("JuniorSecondary", student.Text("stage"));
        Assert.Equal("Remote", student.Text("schoolLocation"));
        Assert.Equal(3, student.Number("grade"));
        Assert.True(student.Flag("boarding"));
        Assert.Equal("H-REG-1", student.Text("householdId"));
        Assert.Equal(["RegisteredPoorHousehold", "Orphan"], student["categories"].Strings());
        Assert.True(student.Flag("leftBehind"));
        Assert.Equal("Hearing", student["disability"].Text("category"));
        Assert.Equal(2, student["disability"].Number("grade"));
        Assert.Equal("Enrolled", student.Text("status"));
        Assert.Equal("2021-09-01", student.Text("enrolledOn"));
        Assert.Equal(1, student.Number("version"));
    }

    [Fact]
    public async Task An_odd_sequence_number_makes_the_student_male()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();

        var student = await (await _client.RegisterAsync(RegistryApi.StudentBody(schoolCode, TestIds.NationalId(male: true)))).ShouldBeAsync(HttpStatusCode.Created);

        Assert.Equal("Male", student.Text("sex"));
        Assert.Equal("2015-03-05", student.Text("birthDate"));
        Assert.Equal("Primary", student.Text("stage"));
        Assert.Null(student["disability"]);
    }

    [Fact]
    public async Task A_lower_case_x_check_character_is_stored_as_capital_X()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var nationalId = NationalIdEndingInX();

        var student = await (await _client.RegisterAsync(RegistryApi.StudentBody(schoolCode, nationalId.ToLowerInvariant()))).ShouldBeAsync(HttpStatusCode.Created);

        Assert.Equal(nationalId, student.Text("nationalId"));
        Assert.Equal(1, await _client.CountByNationalIdAsync(nationalId));
    }

    [Fact]
    public async Task A_stated_birth_date_that_matches_the_id_is_accepted()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var body = RegistryApi.StudentBody(schoolCode, TestIds.NationalId(new DateOnly(2014, 1, 31)));
        body["birthDate"] = "2014-01-31";

        var student = await (await _client.RegisterAsync(body)).ShouldBeAsync(HttpStatusCode.Created);

        Assert.Equal("2014-01-31", student.Text("birthDate"));
    }

    [Fact]
    public async Task The_location_of_a_registered_student_leads_to_it()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var nationalId = TestIds.NationalId();
        var response = await _client.RegisterAsync(RegistryApi.StudentBody(schoolCode, nationalId));
        var created = await response.ShouldBeAsync(HttpStatusCode.Created);

        var read = await (await _client.GetAsync(response.Headers.Location)).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal(created.ToJsonString(), read.ToJsonString());
    }

    [Fact]
    public async Task A_wrong_check_character_is_refused_naming_the_right_one_and_nothing_is_stored()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var (wrongId, expected) = TestIds.WithWrongCheck();

        var response = await _client.RegisterAsync(RegistryApi.StudentBody(schoolCode, wrongId));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([$"check character should be {expected}"], problem.FieldErrors("nationalId"));
        Assert.Equal(0, await _client.CountByNationalIdAsync(wrongId));
        Assert.Equal(0, await _client.CountByNationalIdAsync(wrongId[..17] + expected));
        Assert.Equal(0, await _client.CountStudentsAsync($"schoolCode={schoolCode}"));
    }

    [Fact]
    public async Task An_id_with_an_impossible_birth_date_is_refused_saying_so()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        const string first17 = "52010220150230123";
        var nationalId = first17 + TestIds.NationalIdCheck(first17);

        var response = await _client.RegisterAsync(RegistryApi.StudentBody(schoolCode, nationalId));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var message = Assert.Single(problem.FieldErrors("nationalId"));
        Assert.Contains("20150230", message, StringComparison.Ordinal);
        Assert.Contains("is not a real date", message, StringComparison.Ordinal);
        Assert.Equal(0, await _client.CountStudentsAsync($"schoolCode={schoolCode}"));
    }

    [Fact]
    public async Task A_stated_birth_date_that_differs_from_the_id_is_refused_naming_birthDate()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var nationalId = TestIds.NationalId(new DateOnly(2015, 3, 5));
        var body = RegistryApi.StudentBody(schoolCode, nationalId);
        body["birthDate"] = "2015-03-06";

        var response = await _client.RegisterAsync(body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var message = Assert.Single(problem.FieldErrors("birthDate"));
        Assert.Contains("2015-03-05", message, StringComparison.Ordinal);
        Assert.Equal(0, await _client.CountByNationalIdAsync(nationalId));
    }

    [Fact]
    public async Task An_id_of_the_wrong_length_is_refused_naming_nationalId()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();

        var response = await _client.RegisterAsync(RegistryApi.StudentBody(schoolCode, "52010220150305"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.FieldErrors("nationalId"), m => m.Contains("18 characters", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_second_registration_of_the_same_national_id_is_a_conflict_and_keeps_one_student()
    {
        var (townshipCode, schoolCode) = await _client.TownshipWithSchoolAsync();
        var otherSchool = await _client.SchoolAsync(townshipCode);
        var nationalId = TestIds.NationalId();
        await (await _client.RegisterAsync(RegistryApi.StudentBody(schoolCode, nationalId))).ShouldBeAsync(HttpStatusCode.Created);

        var response = await _client.RegisterAsync(RegistryApi.StudentBody(otherSchool, nationalId));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.NotEmpty(problem.FieldErrors("nationalId"));
        var kept = await _client.StudentByNationalIdAsync(nationalId);
        Assert.Equal(schoolCode, kept.Text("schoolCode"));
    }

    [Fact]
    public async Task A_student_of_an_unknown_school_is_refused_naming_schoolCode()
    {
        var nationalId = TestIds.NationalId();

        var response = await _client.RegisterAsync(RegistryApi.StudentBody("NO-SUCH-SCHOOL", nationalId));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.FieldErrors("schoolCode"), m => m.Contains("NO-SUCH-SCHOOL", StringComparison.Ordinal));
        Assert.Equal(0, await _client.CountByNationalIdAsync(nationalId));
    }

    private static string NationalIdEndingInX()
    {
        while (true)
        {
            var id = TestIds.NationalId();
            if (id[17] == 'X')
            {
                return id;
            }
        }
    }
}
