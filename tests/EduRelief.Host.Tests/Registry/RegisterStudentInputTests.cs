using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Infrastructure;

namespace EduRelief.Host.Tests.Registry;

/// <summary>Bad registration bodies: each is a 400 problem naming the field, and no student is stored.</summary>
[Collection(HostCollection.Name)]
public sealed class RegisterStudentInputTests(EduReliefApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    private async Task<(JsonObject Body, string NationalId)> ValidBodyAsync()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var nationalId = TestIds.NationalId();
        return (RegistryApi.StudentBody(schoolCode, nationalId), nationalId);
    }

    private async Task<JsonNode> RefusedAsync(JsonObject body, string nationalId)
    {
        var problem = await (await _client.RegisterAsync(body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(0, await _client.CountByNationalIdAsync(nationalId));
        return problem;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    [InlineData(-1)]
    public async Task A_grade_outside_1_to_12_is_refused_naming_grade(int grade)
    {
        var (body, nationalId) = await ValidBodyAsync();
        body["grade"] = grade;

        var problem = await RefusedAsync(body, nationalId);

        Assert.Equal(["must be between 1 and 12"], problem.FieldErrors("grade"));
    }

    [Fact]
    public async Task A_missing_grade_is_refused_naming_grade()
    {
        var (body, nationalId) = await ValidBodyAsync();
        body.Remove("grade");

        var problem = await RefusedAsync(body, nationalId);

        Assert.NotEmpty(problem.FieldErrors("grade"));
    }

    [Fact]
    public async Task A_missing_name_is_refused_naming_name()
    {
        var (body, nationalId) = await ValidBodyAsync();
        body["name"] = "  ";

        var problem = await RefusedAsync(body, nationalId);

        Assert.NotEmpty(problem.FieldErrors("name"));
    }

    [Fact]
    public async Task An_unknown_hardship_category_is_refused_naming_categories()
    {
        var (body, nationalId) = await ValidBodyAsync();
        body["categories"] = new JsonArray("RegisteredPoorHousehold", "Rich");

        var problem = await RefusedAsync(body, nationalId);

        var message = Assert.Single(problem.FieldErrors("categories"));
        Assert.Contains("Rich", message, StringComparison.Ordinal);
        Assert.Contains("SubsistenceAllowance", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_disability_grade_of_5_is_refused_naming_disability_grade()
    {
        var (body, nationalId) = await ValidBodyAsync();
        body["disability"] = new JsonObject { ["category"] = "Visual", ["grade"] = 5 };

        var problem = await RefusedAsync(body, nationalId);

        Assert.Equal(["must be between 1 and 4"], problem.FieldErrors("disability.grade"));
    }

    [Fact]
    public async Task A_disability_without_a_grade_is_refused_naming_disability_grade()
    {
        var (body, nationalId) = await ValidBodyAsync();
        body["disability"] = new JsonObject { ["category"] = "Visual" };

        var problem = await RefusedAsync(body, nationalId);

        Assert.NotEmpty(problem.FieldErrors("disability.grade"));
    }

    [Fact]
    public async Task An_unknown_disability_category_is_refused_naming_disability_category()
    {
        var (body, nationalId) = await ValidBodyAsync();
        body["disability"] = new JsonObject { ["category"] = "Blind", ["grade"] = 1 };

        var problem = await RefusedAsync(body, nationalId);

        Assert.Contains(problem.FieldErrors("disability.category"), m => m.Contains("Blind", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_enrolment_before_birth_is_refused_naming_enrolledOn()
    {
        var (body, nationalId) = await ValidBodyAsync();
        body["enrolledOn"] = "2010-09-01";

        var problem = await RefusedAsync(body, nationalId);

        Assert.NotEmpty(problem.FieldErrors("enrolledOn"));
    }

    [Fact]
    public async Task A_missing_enrolment_date_is_refused_naming_enrolledOn()
    {
        var (body, nationalId) = await ValidBodyAsync();
        body.Remove("enrolledOn");

        var problem = await RefusedAsync(body, nationalId);

        Assert.Equal(["is required"], problem.FieldErrors("enrolledOn"));
    }

    [Fact]
    public async Task Every_bad_field_is_named_at_once()
    {
        var (body, nationalId) = await ValidBodyAsync();
        body["grade"] = 13;
        body["categories"] = new JsonArray("Rich");
        body["name"] = null;

        var problem = await RefusedAsync(body, nationalId);

        Assert.NotEmpty(problem.FieldErrors("grade"));
        Assert.NotEmpty(problem.FieldErrors("categories"));
        Assert.NotEmpty(problem.FieldErrors("name"));
    }

    [Fact]
    public async Task A_grade_written_as_a_word_is_refused_naming_grade()
    {
        var (body, nationalId) = await ValidBodyAsync();
        body["grade"] = "three";

        var problem = await RefusedAsync(body, nationalId);

        Assert.Equal(["must be a whole number"], problem.FieldErrors("grade"));
    }

    [Fact]
    public async Task A_disability_grade_written_as_a_word_is_refused_naming_disability_grade()
    {
        var (body, nationalId) = await ValidBodyAsync();
        body["disability"] = new JsonObject { ["category"] = "Visual", ["grade"] = "two" };

        var problem = await RefusedAsync(body, nationalId);

        Assert.NotEmpty(problem.FieldErrors("disability.grade"));
    }

    [Fact]
    public async Task An_enrolment_date_in_another_format_is_refused_naming_enrolledOn()
    {
        var (body, nationalId) = await ValidBodyAsync();
        body["enrolledOn"] = "01/09/2021";

        var problem = await RefusedAsync(body, nationalId);

        Assert.Equal(["must be a date in the form YYYY-MM-DD"], problem.FieldErrors("enrolledOn"));
    }

    [Fact]
    public async Task Boarding_written_as_yes_is_refused_naming_boarding()
    {
        var (body, nationalId) = await ValidBodyAsync();
        body["boarding"] = "yes";

        var problem = await RefusedAsync(body, nationalId);

        Assert.Equal(["must be true or false"], problem.FieldErrors("boarding"));
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused_as_a_problem()
    {
        var (body, nationalId) = await ValidBodyAsync();
        var broken = body.ToJsonString()[..^5];

        var problem = await (await _client.PostRawJsonAsync(RegistryApi.Students, broken)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]);
        Assert.Equal(0, await _client.CountByNationalIdAsync(nationalId));
    }

    [Fact]
    public async Task A_body_cut_off_in_the_middle_is_refused_naming_the_body_not_a_field()
    {
        var problem = await (await _client.PostRawJsonAsync(RegistryApi.Students, """{"nationalId": """)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.Empty(problem.FieldErrors("nationalId"));
        Assert.NotEmpty(problem.FieldErrors("body"));
    }

    [Fact]
    public async Task Plain_text_instead_of_json_is_refused_naming_the_body()
    {
        var problem = await (await _client.PostRawJsonAsync(RegistryApi.Students, "register 张三 please")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["is not valid JSON"], problem.FieldErrors("body"));
    }

    [Fact]
    public async Task An_empty_body_is_refused_as_a_problem()
    {
        var problem = await (await _client.PostRawJsonAsync(RegistryApi.Students, string.Empty)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.FieldErrors("body"));
    }

    [Fact]
    public async Task A_json_null_body_is_refused_as_a_problem()
    {
        await (await _client.PostRawJsonAsync(RegistryApi.Students, "null")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_student_sent_as_plain_text_is_refused_as_an_unsupported_media_type()
    {
        var (body, nationalId) = await ValidBodyAsync();

        var response = await _client.PostAsync(RegistryApi.Students, new StringContent(body.ToJsonString(), Encoding.UTF8, "text/plain"));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(0, await _client.CountByNationalIdAsync(nationalId));
    }
}
