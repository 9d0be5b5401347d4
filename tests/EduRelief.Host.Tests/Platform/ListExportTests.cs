using System.Net;
using EduRelief.Host.Tests.Access;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.Subsidies;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.Platform;

/// <summary>Every list the console exports, as CSV and XLSX from the list's own route (<c>?format=</c>), matching the list.</summary>
[Collection(HostCollection.Name)]
public sealed class ListExportTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    /// <summary>A township with two poor boarders and an approved living-subsidy batch for a term of its own.</summary>
    private async Task<(string Batch, string Term, int Year, Student[] Students)> ApprovedBatchAsync()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync("Primary", "Rural");
        Student[] students = [await _officer.RegisterAsync(school, true, "RegisteredPoorHousehold"), await _officer.RegisterAsync(school, true, "RegisteredPoorHousehold")];
        var year = SubsidiesApi.NextYear();
        var term = $"{year}-1";
        var batch = await app.Staff().CreateBatchAsync("LivingSubsidy", term);
        await (await app.Staff().ApproveAsync(batch)).ShouldBeAsync(HttpStatusCode.OK);
        return (batch, term, year, students);
    }

    [Fact]
    public async Task The_payments_export_holds_the_awards_of_the_filter_with_amounts_as_numbers()
    {
        var (batch, term, _, students) = await ApprovedBatchAsync();

        var rows = await (await _officer.GetAsync($"/api/subsidies/payments?term={term}&programmeCode=LivingSubsidy&format=xlsx")).XlsxRowsAsync();

        var header = rows[0];
        var ours = rows.Skip(1).Where(r => r[header.Column("批次编号")] == batch).ToList();
        Assert.All(students, s => Assert.Equal("500", Assert.Single(ours, r => r[header.Column("身份证号")] == s.NationalId)[header.Column("金额（元）")]));
        var listed = await (await _officer.GetAsync($"/api/subsidies/payments?term={term}&programmeCode=LivingSubsidy&pageSize=500")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(listed.Number("total"), rows.Count - 1);
    }

    [Fact]
    public async Task The_coverage_export_lists_every_unpaid_eligible_student()
    {
        var (_, _, year, students) = await ApprovedBatchAsync();

        var coverage = await _officer.CoverageAsync(year);
        var rows = await (await _officer.GetAsync($"/api/subsidies/coverage?year={year}&programme=LivingSubsidy&format=csv")).CsvRowsAsync();

        Assert.Equal(["身份证号", "姓名", "学校代码", "乡镇代码"], rows[0]);
        Assert.Equal(coverage["unpaid"]!.AsArray().Count, rows.Count - 1);
        Assert.Contains(rows, r => r[0] == students[0].NationalId);
    }

    [Fact]
    public async Task The_batches_export_names_each_batch_of_the_filter()
    {
        var (batch, term, _, _) = await ApprovedBatchAsync();

        var rows = await (await _officer.GetAsync($"/api/subsidies/batches?term={term}&format=xlsx")).XlsxRowsAsync();

        var header = rows[0];
        var row = Assert.Single(rows.Skip(1), r => r[header.Column("批次编号")] == batch);
        var listed = Assert.Single((await (await _officer.GetAsync($"/api/subsidies/batches?term={term}")).ShouldBeAsync(HttpStatusCode.OK))["items"]!.AsArray(), b => b.Text("id") == batch)!;
        Assert.Equal(listed.Number("lines").ToString(System.Globalization.CultureInfo.InvariantCulture), row[header.Column("人数")]);
        Assert.Equal(listed.Money("totalAmount"), decimal.Parse(row[header.Column("金额（元）")], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task An_auditor_exports_the_audit_log_and_a_township_officer_may_not()
    {
        var (auditor, _) = app.CreateClientAs(Roles.Auditor);
        var (township, _) = await _officer.TownshipWithSchoolAsync();
        var (officer, officerName) = app.CreateClientAs(Roles.TownshipOfficer, townships: [township]);
        await officer.GetAsync(RegistryApi.Students);

        var rows = await (await auditor.GetAsync($"{AccessApi.Audit}?user={Uri.EscapeDataString(officerName)}&format=csv")).CsvRowsAsync();
        var refused = await officer.GetAsync($"{AccessApi.Audit}?format=csv");

        Assert.Equal(["时间", "用户", "模块", "操作", "记录", "结果", "详情"], rows[0]);
        Assert.All(rows.Skip(1), r => Assert.Equal(officerName, r[1]));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task The_users_export_holds_every_user_with_their_roles()
    {
        var (township, _) = await _officer.TownshipWithSchoolAsync();
        var (_, userName) = app.CreateClientAs(Roles.TownshipOfficer, townships: [township]);

        var rows = await (await app.CreateAdminClient().GetAsync($"{AccessApi.Users}?format=xlsx")).XlsxRowsAsync();

        var row = Assert.Single(rows, r => r[0] == userName);
        Assert.Equal(Roles.TownshipOfficer, row[1]);
        Assert.Equal(township, row[2]);
    }

    [Theory]
    [InlineData("/api/registry/students", "身份证号")]
    [InlineData("/api/subsidies/payments", "身份证号")]
    [InlineData("/api/subsidies/batches", "资助项目")]
    [InlineData("/api/subsidies/outreach", "日期")]
    [InlineData("/api/access/users", "用户名")]
    [InlineData("/api/access/audit", "时间")]
    public async Task Every_list_exports_as_csv_and_as_xlsx_under_the_same_chinese_header(string route, string first)
    {
        // Administrators keep the accounts and the log; the county officer reads the modules' data.
        var client = route.StartsWith("/api/access", StringComparison.Ordinal) ? app.CreateAdminClient() : _officer;

        var csv = await (await client.GetAsync($"{route}?format=csv")).CsvRowsAsync();
        var xlsx = await (await client.GetAsync($"{route}?format=xlsx")).XlsxRowsAsync();

        Assert.Equal(first, csv[0][0]);
        Assert.Equal(csv[0], xlsx[0]);
    }

    [Theory]
    [InlineData("/api/registry/students")]
    [InlineData("/api/subsidies/payments")]
    [InlineData("/api/subsidies/batches")]
    [InlineData("/api/subsidies/outreach")]
    [InlineData("/api/access/users")]
    [InlineData("/api/access/audit")]
    public async Task An_unknown_format_is_a_problem_naming_format(string route)
    {
        var response = await app.CreateAdminClient().GetAsync($"{route}?format=docx");

        var problem = await response.ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["format"]);
    }
}
