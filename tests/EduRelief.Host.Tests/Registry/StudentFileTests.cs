using System.Net;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Infrastructure;

namespace EduRelief.Host.Tests.Registry;

/// <summary>The student file (一生一档) of a newly registered student.</summary>
[Collection(HostCollection.Name)]
public sealed class StudentFileTests(EduReliefApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task A_new_file_holds_the_profile_and_the_categories_declared_from_enrolment()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var nationalId = TestIds.NationalId();
        var body = RegistryApi.StudentBody(schoolCode, nationalId);
        body["categories"] = new JsonArray("ExtremePoverty");
        body["enrolledOn"] = "2022-09-01";
        var id = (await (await _client.RegisterAsync(body)).ShouldBeAsync(HttpStatusCode.Created)).Text("id");

        var file = await _client.GetFileAsync(id);

        var profile = file["profile"]!;
        Assert.Equal(id, profile.Text("id"));
        Assert.Equal(nationalId, profile.Text("nationalId"));
        Assert.Equal(schoolCode, profile.Text("schoolCode"));
        Assert.Equal(["ExtremePoverty"], profile["categories"].Strings());

        var period = Assert.Single(file["categoryPeriods"]!.AsArray())!;
        Assert.Equal("ExtremePoverty", period.Text("category"));
        Assert.Equal("2022-09-01", period.Text("startedOn"));
        Assert.StartsWith("manual:", period.Text("startSource"), StringComparison.Ordinal);
        Assert.Null(period["endedOn"]);

        Assert.Empty(file["history"]!.AsArray());
        Assert.Empty(file["entries"]!.AsArray());
    }

    [Fact]
    public async Task A_file_lists_its_history_in_the_order_the_changes_were_made()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var id = await _client.StudentAsync(schoolCode);
        await (await _client.PatchJsonAsync($"{RegistryApi.Students}/{id}", new { grade = 4, effectiveOn = "2022-09-01", version = 1 })).ShouldBeAsync(HttpStatusCode.OK);
        await (await _client.PatchJsonAsync($"{RegistryApi.Students}/{id}", new { status = "Suspended", effectiveOn = "2023-03-01", version = 2 })).ShouldBeAsync(HttpStatusCode.OK);
        await (await _client.PatchJsonAsync($"{RegistryApi.Students}/{id}", new { status = "Enrolled", effectiveOn = "2023-09-01", version = 3 })).ShouldBeAsync(HttpStatusCode.OK);

        var file = await _client.GetFileAsync(id);

        Assert.Equal(["grade", "status", "status"], file["history"].Strings("field"));
        Assert.Equal(["2022-09-01", "2023-03-01", "2023-09-01"], file["history"].Strings("effectiveOn"));
        Assert.Equal(4, file["profile"].Number("version"));
    }

    [Fact]
    public async Task A_student_without_categories_has_no_category_periods()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var id = await _client.StudentAsync(schoolCode);

        var file = await _client.GetFileAsync(id);

        Assert.Empty(file["categoryPeriods"]!.AsArray());
    }
}
