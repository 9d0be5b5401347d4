using System.Net;
using EduRelief.Host.Tests.Infrastructure;

namespace EduRelief.Host.Tests.Registry;

/// <summary>PATCH requests that are refused change nothing: same values, same version, no history.</summary>
[Collection(HostCollection.Name)]
public sealed class UpdateStudentRefusalTests(EduReliefApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    private async Task<string> StudentAsync()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        return await _client.StudentAsync(schoolCode);
    }

    private Task<HttpResponseMessage> PatchAsync(string id, object body) =>
        _client.PatchJsonAsync($"{RegistryApi.Students}/{id}", body);

    private async Task AssertUnchangedAsync(string id, int version = 1, int grade = 3, string status = "Enrolled")
    {
        var student = await _client.GetStudentAsync(id);
        Assert.Equal(version, student.Number("version"));
        Assert.Equal(grade, student.Number("grade"));
        Assert.Equal(status, student.Text("status"));
    }

    [Fact]
    public async Task A_change_based_on_a_stale_version_is_a_conflict_naming_version_and_changes_nothing()
    {
        var id = await StudentAsync();
        await (await PatchAsync(id, new { grade = 4, version = 1 })).ShouldBeAsync(HttpStatusCode.OK);

        var response = await PatchAsync(id, new { grade = 5, status = "Suspended", version = 1 });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.NotEmpty(problem.FieldErrors("version"));
        await AssertUnchangedAsync(id, version: 2, grade: 4);
        Assert.Single((await _client.GetFileAsync(id))["history"]!.AsArray());
    }

    [Fact]
    public async Task Changing_an_unknown_student_is_not_found()
    {
        var response = await PatchAsync(Guid.NewGuid().ToString(), new { grade = 4, version = 1 });

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Moving_to_an_unknown_school_is_refused_naming_schoolCode_and_changes_nothing()
    {
        var id = await StudentAsync();

        var response = await PatchAsync(id, new { schoolCode = "NO-SUCH-SCHOOL", grade = 4, version = 1 });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.FieldErrors("schoolCode"), m => m.Contains("NO-SUCH-SCHOOL", StringComparison.Ordinal));
        await AssertUnchangedAsync(id);
    }

    [Fact]
    public async Task An_unknown_status_is_refused_naming_status_and_changes_nothing()
    {
        var id = await StudentAsync();

        var response = await PatchAsync(id, new { status = "Sleeping", grade = 4, version = 1 });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var message = Assert.Single(problem.FieldErrors("status"));
        Assert.Contains("DroppedOut", message, StringComparison.Ordinal);
        await AssertUnchangedAsync(id);
        Assert.Empty((await _client.GetFileAsync(id))["history"]!.AsArray());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public async Task A_grade_outside_1_to_12_is_refused_naming_grade_and_changes_nothing(int grade)
    {
        var id = await StudentAsync();

        var response = await PatchAsync(id, new { grade, boarding = false, version = 1 });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("grade"));
        await AssertUnchangedAsync(id);
        Assert.True((await _client.GetStudentAsync(id)).Flag("boarding"));
    }

    [Fact]
    public async Task An_unknown_category_is_refused_naming_categories_and_changes_nothing()
    {
        var id = await StudentAsync();

        string[] categories = ["Orphan", "Rich"];

        var response = await PatchAsync(id, new { categories, version = 1 });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("categories"));
        Assert.Empty((await _client.GetStudentAsync(id))["categories"]!.AsArray());
    }

    [Fact]
    public async Task A_disability_grade_of_5_is_refused_naming_disability_grade()
    {
        var id = await StudentAsync();

        var response = await PatchAsync(id, new { disability = new { category = "Hearing", grade = 5 }, version = 1 });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("disability.grade"));
        Assert.Null((await _client.GetStudentAsync(id))["disability"]);
    }

    [Fact]
    public async Task A_disability_given_as_text_is_refused_naming_disability()
    {
        var id = await StudentAsync();

        var response = await PatchAsync(id, new { disability = "Hearing", version = 1 });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("disability"));
    }

    [Fact]
    public async Task An_empty_school_code_is_refused_naming_schoolCode()
    {
        var id = await StudentAsync();

        var response = await PatchAsync(id, new { schoolCode = " ", version = 1 });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("schoolCode"));
    }

    [Fact]
    public async Task A_grade_written_as_a_word_is_refused_naming_grade()
    {
        var id = await StudentAsync();

        var response = await _client.PatchAsync(
            $"{RegistryApi.Students}/{id}",
            new StringContent("""{"grade":"four"}""", System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("grade"));
        await AssertUnchangedAsync(id);
    }
}
