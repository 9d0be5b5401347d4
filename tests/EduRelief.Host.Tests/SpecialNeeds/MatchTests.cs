using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;

namespace EduRelief.Host.Tests.SpecialNeeds;

/// <summary>The register matched with the Registry by national ID: each mismatch either way listed for follow-up.</summary>
[Collection(HostCollection.Name)]
public sealed class MatchTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task Students_flagged_disabled_off_the_register_differing_entries_and_unplaced_children_are_listed()
    {
        var (township, school) = await _officer.TownshipWithSchoolAsync();
        var offRegister = await _officer.RegistryStudentAsync(school, disabilityCategory: "Visual", disabilityGrade: 1);
        var differs = await _officer.RegistryStudentAsync(school, disabilityCategory: "Hearing", disabilityGrade: 1);
        var notFlagged = await _officer.RegistryStudentAsync(school);
        var agrees = await _officer.RegistryStudentAsync(school, disabilityCategory: "Hearing", disabilityGrade: 2);
        await _officer.ChildAsync(township, differs, "Hearing", 2);
        await _officer.ChildAsync(township, notFlagged, "Physical", 3);
        var unenrolled = (await _officer.ChildAsync(township)).Text("nationalId");
        await _officer.PlacedChildAsync(township, school, "RegularClass", SpecialNeedsApi.DaysAgo(20), agrees);

        var mismatches = (await _officer.ItemsAsync($"{SpecialNeedsApi.Mismatches}?pageSize=500"))
            .Where(m => m.Text("townshipCode") == township).ToList();

        Assert.Equal(offRegister, Assert.Single(mismatches, m => m.Text("kind") == "NotOnRegister").Text("nationalId"));
        var differing = mismatches.Where(m => m.Text("kind") == "DisabilityDiffers").ToDictionary(m => m.Text("nationalId"));
        Assert.Equal(new[] { differs, notFlagged }.Order(StringComparer.Ordinal), differing.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(1, differing[differs]["registry"]!.Number("grade"));
        Assert.Equal(2, differing[differs]["register"]!.Number("grade"));
        Assert.Null(differing[notFlagged]["registry"]);
        var unplaced = mismatches.Where(m => m.Text("kind") == "Unplaced").Select(m => m.Text("nationalId")).Order(StringComparer.Ordinal);
        Assert.Equal(new[] { differs, notFlagged, unenrolled }.Order(StringComparer.Ordinal), unplaced);
        Assert.DoesNotContain(mismatches, m => m.Text("nationalId") == agrees);
        Assert.NotEmpty((await (await _officer.GetAsync($"{SpecialNeedsApi.Mismatches}?kind=Lost")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("kind"));
    }
}
