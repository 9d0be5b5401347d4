using System.Net;
using EduRelief.Host.Tests.Access;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.Registry;

/// <summary><c>GET /api/registry/students?format=csv|xlsx</c>: the whole filtered list as the bureau's files are, masked as the list is.</summary>
[Collection(HostCollection.Name)]
public sealed class StudentExportTests(EduReliefApp app)
{
    private readonly HttpClient _county = app.CreateClient();

    /// <summary>A school with more students than one page of the list holds by default.</summary>
    private async Task<(string Township, string School, List<string> NationalIds)> SchoolAsync(int students = 60)
    {
        var (township, school) = await _county.TownshipWithSchoolAsync();
        var ids = Enumerable.Range(0, students).Select(_ => TestIds.NationalId()).ToList();
        var csv = RegistryApi.Csv([RegistryApi.RosterHeader, .. ids.Select(id => RegistryApi.RosterLine(id, school))]);
        await (await _county.ImportRosterAsync(csv)).ShouldBeAsync(HttpStatusCode.OK);
        return (township, school, ids);
    }

    [Fact]
    public async Task The_xlsx_export_opens_and_holds_every_student_of_the_filter_not_one_page()
    {
        var (_, school, ids) = await SchoolAsync();

        var rows = await (await _county.GetAsync($"{RegistryApi.Students}?schoolCode={school}&format=xlsx")).XlsxRowsAsync();

        var header = rows[0];
        Assert.Equal("身份证号", header[0]);
        Assert.Contains("学校代码", header);
        var listed = await _county.FindStudentsAsync($"schoolCode={school}&pageSize=500");
        Assert.Equal(ids.Order(StringComparer.Ordinal), rows.Skip(1).Select(r => r[0]).Order(StringComparer.Ordinal));
        Assert.Equal(listed["items"].Strings("nationalId"), rows.Skip(1).Select(r => r[0]));
        Assert.All(rows.Skip(1), r => Assert.Equal(school, r[header.Column("学校代码")]));
    }

    [Fact]
    public async Task The_csv_export_has_a_bom_chinese_headers_and_the_same_rows_as_the_xlsx()
    {
        var (_, school, ids) = await SchoolAsync(5);

        var csv = await (await _county.GetAsync($"{RegistryApi.Students}?schoolCode={school}&format=csv")).CsvRowsAsync();
        var xlsx = await (await _county.GetAsync($"{RegistryApi.Students}?schoolCode={school}&format=xlsx")).XlsxRowsAsync();

        Assert.Equal(6, csv.Count);
        Assert.Equal(csv[0], xlsx[0]);
        Assert.Equal(csv.Skip(1).Select(r => r[0]), xlsx.Skip(1).Select(r => r[0]));
        Assert.Equal(ids.Order(StringComparer.Ordinal), csv.Skip(1).Select(r => r[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_township_officer_exports_masked_ids_and_only_their_township()
    {
        var (township, school, ids) = await SchoolAsync(3);
        var (other, otherSchool) = await _county.TownshipWithSchoolAsync();
        await _county.StudentAsync(otherSchool, TestIds.NationalId());
        var (officer, _) = app.CreateClientAs(Roles.TownshipOfficer, townships: [township]);

        var rows = await (await officer.GetAsync($"{RegistryApi.Students}?format=xlsx")).XlsxRowsAsync();

        var exported = rows.Skip(1).Select(r => r[0]).ToList();
        Assert.Equal(3, exported.Count);
        Assert.All(exported, id => Assert.Matches("^[0-9]{6}\\*{8}[0-9]{3}[0-9X]$", id));
        Assert.Equal(ids.Select(id => id[..6] + "********" + id[14..]).Order(StringComparer.Ordinal), exported.Order(StringComparer.Ordinal));
        Assert.NotEqual(township, other);
    }

    [Fact]
    public async Task An_export_is_audited_with_its_filter()
    {
        var (township, school, _) = await SchoolAsync(2);
        var (officer, userName) = app.CreateClientAs(Roles.TownshipOfficer, townships: [township]);

        await (await officer.GetAsync($"{RegistryApi.Students}?schoolCode={school}&format=csv")).CsvRowsAsync();

        var entries = await app.CreateAdminClient().AuditEntriesAsync($"user={Uri.EscapeDataString(userName)}&module=Registry");
        var entry = Assert.Single(entries, e => e.Text("action") == "ExportStudentsQuery");
        Assert.Contains($"schoolCode={school}", entry.Text("records"), StringComparison.Ordinal);
        Assert.Equal("Succeeded", entry.Text("outcome"));
    }

    [Fact]
    public async Task An_unknown_format_is_refused_naming_format()
    {
        var response = await _county.GetAsync($"{RegistryApi.Students}?format=pdf");

        var problem = await response.ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.Contains("csv or xlsx", problem["errors"]!["format"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_filter_is_a_problem_not_half_a_file()
    {
        var response = await _county.GetAsync($"{RegistryApi.Students}?stage=University&format=xlsx");

        var problem = await response.ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["stage"]);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
