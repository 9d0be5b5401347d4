using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;

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

    [Fact]
    public async Task The_follow_up_list_exports_as_csv_and_xlsx_with_chinese_headers_masked_and_scoped_as_the_list()
    {
        var (township, school) = await _officer.TownshipWithSchoolAsync();
        var differs = await _officer.RegistryStudentAsync(school, disabilityCategory: "Hearing", disabilityGrade: 1);
        await _officer.ChildAsync(township, differs, "Visual", 2);
        var other = await _officer.TownshipAsync();
        await _officer.ChildAsync(other);

        var csv = await (await _officer.GetAsync($"{SpecialNeedsApi.Mismatches}?kind=DisabilityDiffers&format=csv")).CsvRowsAsync();
        var xlsx = await (await _officer.GetAsync($"{SpecialNeedsApi.Mismatches}?kind=DisabilityDiffers&format=xlsx")).XlsxRowsAsync();

        var header = csv[0];
        Assert.Equal("差异类型", header[0]);
        Assert.Equal(header, xlsx[0]);
        var row = Assert.Single(csv, r => r[header.Column("身份证号")] == differs);
        Assert.Equal("残疾类别或等级与学籍不一致", row[0]);
        Assert.Equal(("视力", "2"), (row[header.Column("名册残疾类别")], row[header.Column("名册残疾等级")]));
        Assert.Equal(("听力", "1"), (row[header.Column("学籍残疾类别")], row[header.Column("学籍残疾等级")]));
        Assert.Contains(xlsx, r => r[header.Column("身份证号")] == differs);
        Assert.All(csv.Skip(1), r => Assert.Equal("残疾类别或等级与学籍不一致", r[0]));

        var officer = app.CreateClientAs(Roles.TownshipOfficer, townships: [township]).Client;
        var scoped = await (await officer.GetAsync($"{SpecialNeedsApi.Mismatches}?format=csv")).CsvRowsAsync();
        Assert.All(scoped.Skip(1), r => Assert.Equal(township, r[header.Column("乡镇代码")]));
        Assert.Contains(scoped, r => r[header.Column("身份证号")] == differs[..6] + "********" + differs[14..]);
        Assert.NotEmpty((await (await _officer.GetAsync($"{SpecialNeedsApi.Mismatches}?format=docx")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("format"));
        Assert.NotEmpty((await (await _officer.GetAsync($"{SpecialNeedsApi.Mismatches}?kind=Lost&format=csv")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("kind"));
    }

    [Fact]
    public async Task A_township_matches_its_children_with_students_anywhere_in_the_county_and_sees_only_its_own_follow_up()
    {
        var (township, school) = await _officer.TownshipWithSchoolAsync();
        var (beyond, beyondSchool) = await _officer.TownshipWithSchoolAsync();
        // Its child at a school beyond it, flagged differently; its child beyond it, flagged alike; another township's child at its school.
        var differs = await _officer.RegistryStudentAsync(beyondSchool, disabilityCategory: "Hearing", disabilityGrade: 1);
        await _officer.ChildAsync(township, differs, "Hearing", 2);
        var agrees = await _officer.RegistryStudentAsync(beyondSchool, disabilityCategory: "Hearing", disabilityGrade: 2);
        await _officer.ChildAsync(township, agrees, "Hearing", 2);
        var theirs = await _officer.RegistryStudentAsync(school, disabilityCategory: "Visual", disabilityGrade: 1);
        await _officer.ChildAsync(beyond, theirs, "Physical", 3);
        var officer = app.CreateClientAs(Roles.TownshipOfficer, townships: [township]).Client;

        var mismatches = await officer.ItemsAsync($"{SpecialNeedsApi.Mismatches}?pageSize=500");

        var differing = Assert.Single(mismatches, m => m.Text("kind") == "DisabilityDiffers");
        Assert.Equal((differs[..6], 1, 2), (differing.Text("nationalId")[..6], differing["registry"]!.Number("grade"), differing["register"]!.Number("grade")));
        Assert.Contains("********", differing.Text("nationalId"), StringComparison.Ordinal);
        Assert.DoesNotContain(mismatches, m => m.Text("kind") == "NotOnRegister");
        Assert.All(mismatches, m => Assert.Equal(township, m.Text("townshipCode")));
        Assert.Equal(2, mismatches.Count(m => m.Text("kind") == "Unplaced"));
        var county = (await _officer.ItemsAsync($"{SpecialNeedsApi.Mismatches}?kind=DisabilityDiffers&pageSize=500")).Select(m => m.Text("nationalId")).ToList();
        Assert.Contains(differs, county);
        Assert.Contains(theirs, county);
        Assert.DoesNotContain(agrees, county);
    }
}
