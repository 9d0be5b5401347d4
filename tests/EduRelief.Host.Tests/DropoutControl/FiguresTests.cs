using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.SpecialNeeds;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.DropoutControl;

/// <summary>The year's figures of a township built through the API, counted from the Registry's history and the cases, each with the records behind it.</summary>
[Collection(HostCollection.Name)]
public sealed class FiguresTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task Returns_open_cases_and_the_consolidation_rate_are_counted_from_records()
    {
        // A year with room for the events, ending today or on 31 December; every event falls in it.
        var year = SpecialNeedsApi.Today.AddDays(-30).Year;
        var start = new DateOnly(year, 1, 1);
        var end = SpecialNeedsApi.Today.Year == year ? SpecialNeedsApi.Today : new DateOnly(year, 12, 31);
        string On(double share) => SpecialNeedsApi.Day(start.AddDays(1 + (int)((end.DayNumber - start.DayNumber - 2) * share)));
        var (township, school) = await _officer.TownshipWithSchoolAsync();
        await _officer.RegistryStudentAsync(school);
        var stillOut = await DroppedOutAsync(school, On(0.2));
        var returned = await DroppedOutAsync(school, On(0.3));
        var returnCase = await (await _officer.OpenAsync(returned, detectedOn: On(0.35))).ShouldBeAsync(HttpStatusCode.Created);
        await (await _officer.CloseAsync(returnCase.Text("id"), "Returned", On(0.9), schoolCode: school)).ShouldBeAsync(HttpStatusCode.OK);
        var open = await (await _officer.OpenAsync(await _officer.RegistryStudentAsync(school), detectedOn: On(0.5))).ShouldBeAsync(HttpStatusCode.Created);
        var exempted = await DroppedOutAsync(school, On(0.4));
        var exemptCase = await (await _officer.OpenAsync(exempted, detectedOn: On(0.45))).ShouldBeAsync(HttpStatusCode.Created);
        await (await _officer.CloseAsync(exemptCase.Text("id"), "Exempted", On(0.5), approval: "县教育局")).ShouldBeAsync(HttpStatusCode.OK);
        var local = app.CreateClientAs(Roles.TownshipOfficer, townships: [township]).Client;

        var figures = await Eventually.MatchAsync(
            async () => await (await local.GetAsync($"{DropoutControlApi.Root}/figures?year={year}")).ShouldBeAsync(HttpStatusCode.OK),
            f => f.Number("droppedNotReturned") == 1,
            "the return re-enrolled in the Registry");

        Assert.Equal(1, figures.Number("persuadedReturns"));
        Assert.Equal(1, figures.Number("openConfirmed"));
        Assert.Equal(4, figures.Number("enrolledAtStart"));
        Assert.Equal(0.75m, figures["consolidationRate"]!.GetValue<decimal>());
        Assert.Equal(SpecialNeedsApi.Day(end), figures.Text("countedOn"));
        var records = $"{DropoutControlApi.Root}/figures/records?year={year}&figure=";
        var dropped = Assert.Single(await local.ItemsAsync(records + "DroppedNotReturned"));
        Assert.Equal(stillOut[..6], dropped.Text("nationalId")[..6]);
        Assert.Contains("********", dropped.Text("nationalId"), StringComparison.Ordinal);
        Assert.Equal(4, (await local.ItemsAsync(records + "EnrolledAtStart")).Count);
        Assert.Equal(returnCase.Text("id"), Assert.Single(await local.ItemsAsync(records + "PersuadedReturns")).Text("caseId"));
        Assert.Equal(open.Text("id"), Assert.Single(await local.ItemsAsync(records + "OpenConfirmed")).Text("caseId"));
    }

    [Fact]
    public async Task A_missing_or_bad_year_or_figure_names_the_field()
    {
        Assert.NotEmpty((await (await _officer.GetAsync($"{DropoutControlApi.Root}/figures")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("year"));
        Assert.NotEmpty((await (await _officer.GetAsync($"{DropoutControlApi.Root}/figures?year=1900")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("year"));
        Assert.NotEmpty((await (await _officer.GetAsync($"{DropoutControlApi.Root}/figures/records?year=2025&figure=Nothing")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("figure"));
    }

    /// <summary>A Registry student at the school marked DroppedOut from the day; returns the national ID.</summary>
    private async Task<string> DroppedOutAsync(string school, string on)
    {
        var nationalId = await _officer.RegistryStudentAsync(school);
        var student = Assert.Single(await _officer.ItemsAsync($"/api/registry/students?nationalId={nationalId}"));
        var change = new { status = "DroppedOut", effectiveOn = on, version = student["version"]!.GetValue<int>() };
        await (await _officer.PatchJsonAsync($"/api/registry/students/{student.Text("id")}", change)).ShouldBeAsync(HttpStatusCode.OK);
        return nationalId;
    }
}
