using System.Net;
using EduRelief.Host.Tests.Infrastructure;

namespace EduRelief.Host.Tests.Registry;

[Collection(HostCollection.Name)]
public sealed class GetStudentTests(EduReliefApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task A_student_is_read_by_id()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var nationalId = TestIds.NationalId();
        var id = await _client.StudentAsync(schoolCode, nationalId, ["Orphan"]);

        var student = await _client.GetStudentAsync(id);

        Assert.Equal(id, student.Text("id"));
        Assert.Equal(nationalId, student.Text("nationalId"));
        Assert.Equal(schoolCode, student.Text("schoolCode"));
        Assert.Equal(["Orphan"], student["categories"].Strings());
        Assert.Equal(1, student.Number("version"));
    }

    [Fact]
    public async Task An_unknown_student_id_is_not_found()
    {
        var response = await _client.GetAsync($"{RegistryApi.Students}/{Guid.NewGuid()}");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(404, problem.Number("status"));
    }

    [Fact]
    public async Task An_id_that_is_not_a_guid_is_not_found()
    {
        var response = await _client.GetAsync($"{RegistryApi.Students}/not-a-guid");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_file_of_an_unknown_student_is_not_found()
    {
        var response = await _client.GetAsync($"{RegistryApi.Students}/{Guid.NewGuid()}/file");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
