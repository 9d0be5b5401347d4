using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.Registry;

/// <summary>The identified poor-family students of a year, counted from the category history, and the students list that shows the same students.</summary>
[Collection(HostCollection.Name)]
public sealed class RegistryFiguresTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task A_student_counts_in_every_year_they_held_a_hardship_category_and_compulsory_only_at_a_primary_or_junior_school()
    {
        var (township, primary) = await _officer.TownshipWithSchoolAsync("Primary", "Rural");
        var senior = await _officer.SchoolAsync(township, "SeniorSecondary", "Town");
        var cleared = await _officer.StudentAsync(primary, categories: ["RegisteredPoorHousehold"]);
        await _officer.StudentAsync(senior, categories: ["Orphan"]);
        await _officer.StudentAsync(primary);
        await (await _officer.PatchJsonAsync($"{RegistryApi.Students}/{cleared}", new { categories = Array.Empty<string>(), effectiveOn = "2024-03-01", version = 1 })).ShouldBeAsync(HttpStatusCode.OK);
        var ours = app.CreateClientAs(Roles.TownshipOfficer, townships: [township]).Client;

        Assert.Equal((2, 1), await FiguresAsync(ours, 2024));
        Assert.Equal((1, 0), await FiguresAsync(ours, 2025));
        Assert.Equal((0, 0), await FiguresAsync(ours, 2020));
        Assert.Equal(2, await ours.CountStudentsAsync("hardshipYear=2024"));
        var compulsory = await ours.FindStudentsAsync("hardshipYear=2024&compulsory=true");
        Assert.Equal(cleared, Assert.Single(compulsory["items"]!.AsArray())!.Text("id"));
        Assert.Equal(0, await ours.CountStudentsAsync("hardshipYear=2025&compulsory=true"));
    }

    [Fact]
    public async Task A_missing_year_a_year_out_of_range_or_a_stage_outside_compulsory_is_a_400_naming_the_field()
    {
        Assert.NotEmpty((await (await _officer.GetAsync("/api/registry/figures")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("year"));
        Assert.NotEmpty((await (await _officer.GetAsync("/api/registry/figures?year=3000")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("year"));
        Assert.NotEmpty((await (await _officer.GetAsync($"{RegistryApi.Students}?hardshipYear=1800")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("hardshipYear"));
        Assert.NotEmpty((await (await _officer.GetAsync($"{RegistryApi.Students}?compulsory=true&stage=SeniorSecondary")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("stage"));
    }

    private static async Task<(int Identified, int Compulsory)> FiguresAsync(HttpClient client, int year)
    {
        var figures = await (await client.GetAsync($"/api/registry/figures?year={year}")).ShouldBeAsync(HttpStatusCode.OK);
        return (figures.Number("identifiedPoorStudents"), figures.Number("identifiedPoorStudentsCompulsory"));
    }
}
