using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.SpecialNeeds;

/// <summary>The register of school-age disabled children: single entry, the federation's list imported with a row-error report, scope and masking.</summary>
[Collection(HostCollection.Name)]
public sealed class RegisterTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task A_child_is_put_on_the_register_with_the_age_in_the_school_year_and_no_birth_date()
    {
        var township = await _officer.TownshipAsync();
        var village = await _officer.VillageAsync(township);
        var nationalId = TestIds.NationalId(SpecialNeedsApi.SchoolAgeBirth);

        var response = await _officer.PostChildAsync(township, nationalId, "Intellectual", 3, village);

        var child = await response.ShouldBeAsync(HttpStatusCode.Created);
        Assert.Equal($"{SpecialNeedsApi.Children}/{child.Text("id")}", response.Headers.Location?.OriginalString);
        Assert.Equal(nationalId, child.Text("nationalId"));
        Assert.Equal("Intellectual", child.Text("disabilityCategory"));
        Assert.Equal(3, child.Number("disabilityGrade"));
        Assert.Equal(village, child.Text("villageCode"));
        Assert.True(child["schoolAge"]!.GetValue<bool>());
        Assert.Null(child["birthDate"]);
        var listed = Assert.Single(await _officer.ItemsAsync($"{SpecialNeedsApi.Children}?townshipCode={township}"));
        Assert.Equal(child.Text("id"), listed.Text("id"));
        var file = await (await _officer.GetAsync($"{SpecialNeedsApi.Children}/{child.Text("id")}")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Empty(file["plans"]!.AsArray());
    }

    [Fact]
    public async Task Bad_input_is_a_400_naming_the_field_and_a_second_entry_for_the_same_child_a_409_and_nothing_is_added()
    {
        var township = await _officer.TownshipAsync();
        var other = await _officer.TownshipAsync();
        var elsewhere = await _officer.VillageAsync(other);
        var (wrong, expected) = TestIds.WithWrongCheck();

        Assert.Contains($"check character should be {expected}", Assert.Single((await (await _officer.PostChildAsync(township, wrong)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("nationalId")), StringComparison.Ordinal);
        Assert.NotEmpty((await (await _officer.PostChildAsync(township, grade: 5)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("disabilityGrade"));
        Assert.NotEmpty((await (await _officer.PostChildAsync(township, grade: 0)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("disabilityGrade"));
        Assert.Contains("is not one of", Assert.Single((await (await _officer.PostChildAsync(township, category: "Blind")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("disabilityCategory")), StringComparison.Ordinal);
        Assert.NotEmpty((await (await _officer.PostChildAsync("NO-SUCH-TOWNSHIP")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("townshipCode"));
        Assert.Contains(other, Assert.Single((await (await _officer.PostChildAsync(township, villageCode: elsewhere)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("villageCode")), StringComparison.Ordinal);
        Assert.NotEmpty((await (await _officer.PostChildAsync(township, villageCode: "NO-SUCH-VILLAGE")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("villageCode"));
        Assert.Empty(await _officer.ItemsAsync($"{SpecialNeedsApi.Children}?townshipCode={township}"));

        var nationalId = TestIds.NationalId(SpecialNeedsApi.SchoolAgeBirth);
        await _officer.ChildAsync(township, nationalId);
        Assert.NotEmpty((await (await _officer.PostChildAsync(township, nationalId)).ShouldBeProblemAsync(HttpStatusCode.Conflict)).FieldErrors("nationalId"));
        Assert.Single(await _officer.ItemsAsync($"{SpecialNeedsApi.Children}?townshipCode={township}"));
    }

    [Fact]
    public async Task The_federation_list_with_a_bad_row_stores_nothing_and_reports_each_row_then_partial_keeps_the_good_rows_and_a_reimport_updates()
    {
        var township = await _officer.TownshipAsync();
        var (good1, good2) = (TestIds.NationalId(SpecialNeedsApi.SchoolAgeBirth), TestIds.NationalId(SpecialNeedsApi.SchoolAgeBirth));
        var csv = $"""
            身份证号,姓名,乡镇代码,村代码,残疾类别,残疾等级,监护人,来源
            {good1},李一,{township},,听力,2,李父,县残联
            {good2},李二,{township},,Physical,1,李母,县残联
            {TestIds.NationalId()},李三,{township},,失明,5,李父,县残联
            {TestIds.NationalId()},李四,NO-SUCH,,智力,2,李父,县残联
            {good1},李一,{township},,听力,2,李父,县残联
            """;

        var refused = await (await _officer.PostCsvAsync(SpecialNeedsApi.Import, csv)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        var errors = refused["report"]!["errors"]!.AsArray();
        Assert.Contains(errors, e => e.Number("line") == 4 && e.Text("field") == "残疾类别");
        Assert.Contains(errors, e => e.Number("line") == 4 && e.Text("field") == "残疾等级");
        Assert.Contains(errors, e => e.Number("line") == 5 && e.Text("field") == "township_code");
        Assert.Contains(errors, e => e.Number("line") == 6 && e.Text("field") == "身份证号");
        Assert.Equal(3, refused["report"]!.Number("rejected"));
        Assert.Empty(await _officer.ItemsAsync($"{SpecialNeedsApi.Children}?townshipCode={township}"));

        var partial = await (await _officer.PostCsvAsync($"{SpecialNeedsApi.Import}?partial=true", csv)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(2, partial.Number("accepted"));
        Assert.Equal(2, (await _officer.ItemsAsync($"{SpecialNeedsApi.Children}?townshipCode={township}")).Count);

        var workbook = Uploads.Xlsx(
            ["national_id", "name", "township_code", "disability_category", "disability_grade", "guardian", "source"],
            [good1, "李一", township, "Hearing", "3", "李父", "县残联"],
            [good2, "李二", township, "Physical", "1", "李母", "县残联"]);
        var again = await (await _officer.PostXlsxAsync(SpecialNeedsApi.Import, workbook)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal((0, 1, 1), (again.Number("accepted"), again.Number("updated"), again.Number("unchanged")));
        Assert.Equal(3, (await _officer.ItemsAsync($"{SpecialNeedsApi.Children}?townshipCode={township}&grade=3")).Single().Number("disabilityGrade"));
    }

    [Fact]
    public async Task A_township_sees_its_own_children_masked_and_another_township_is_answered_404()
    {
        var (township, other) = (await _officer.TownshipAsync(), await _officer.TownshipAsync());
        var mine = await _officer.ChildAsync(township);
        var theirs = await _officer.ChildAsync(other);
        var officer = app.CreateClientAs(Roles.TownshipOfficer, townships: [township]).Client;

        var listed = Assert.Single(await officer.ItemsAsync(SpecialNeedsApi.Children));
        Assert.Equal(mine.Text("id"), listed.Text("id"));
        Assert.Contains("********", listed.Text("nationalId"), StringComparison.Ordinal);
        await (await officer.GetAsync($"{SpecialNeedsApi.Children}/{theirs.Text("id")}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await officer.PostChildAsync(other)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Single(await _officer.ItemsAsync($"{SpecialNeedsApi.Children}?townshipCode={other}"));
    }

    [Fact]
    public async Task The_register_exports_as_csv_with_chinese_headers()
    {
        var township = await _officer.TownshipAsync();
        await _officer.ChildAsync(township, category: "Visual");

        var rows = await (await _officer.GetAsync($"{SpecialNeedsApi.Children}?townshipCode={township}&format=csv")).CsvRowsAsync();

        Assert.Equal("身份证号", rows[0][0]);
        Assert.Equal("视力", rows[1][rows[0].Column("残疾类别")]);
        Assert.Equal(2, rows.Count);
    }
}
