using System.Net;
using System.Net.Http.Json;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.Reporting;

/// <summary>The county's own summary template: saved as versions, never overwritten, an unknown placeholder refused; on a Host of its own, so the shared Host's documents keep the built-in one.</summary>
[Collection(HostCollection.Name)]
public sealed class TemplateTests
{
    private const string Templates = "/api/reporting/templates";

    [Fact]
    public async Task A_saved_version_renders_the_document_an_unknown_placeholder_is_refused_and_every_version_stays()
    {
        using var app = new EduReliefApp();
        var officer = app.CreateClient();

        var misspelt = await (await officer.PutAsJsonAsync(Templates, new { text = "# {{year}}年\n\n发放资金{{aidDisbursd}}，{{ year }}。", note = "试" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var error = Assert.Single(misspelt.FieldErrors("text"));
        Assert.Contains("{{aidDisbursd}}", error, StringComparison.Ordinal);
        Assert.DoesNotContain("{{year}}", error, StringComparison.Ordinal);
        Assert.Equal(0, (await (await officer.GetAsync($"{Templates}/current")).ShouldBeAsync(HttpStatusCode.OK)).Number("version"));

        var first = await (await officer.PutAsJsonAsync(Templates, new { text = "# {{year}}年本县教育扶贫工作总结\n\n全年发放宣传资料{{outreachMaterials}}。", note = "县里的写法" })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(1, first.Number("version"));
        var markdown = await (await officer.GetAsync($"{ReportingApi.Summary}?year=2025&format=markdown")).Content.ReadAsStringAsync();
        Assert.StartsWith("# 2025年本县教育扶贫工作总结", markdown, StringComparison.Ordinal);
        Assert.Contains("全年发放宣传资料0份。", markdown, StringComparison.Ordinal);

        var second = await (await officer.PutAsJsonAsync(Templates, new { text = "# {{year}}年总结（第二稿）" })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(2, second.Number("version"));
        Assert.StartsWith("# 2025年总结（第二稿）", await (await officer.GetAsync($"{ReportingApi.Summary}?year=2025&format=markdown")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("县里的写法", (await (await officer.GetAsync($"{Templates}/1")).ShouldBeAsync(HttpStatusCode.OK)).Text("note"), StringComparison.Ordinal);
        Assert.Contains("{{outreachMaterials}}", (await (await officer.GetAsync($"{Templates}/1")).ShouldBeAsync(HttpStatusCode.OK)).Text("text"), StringComparison.Ordinal);
        var versions = (await (await officer.GetAsync(Templates)).ShouldBeAsync(HttpStatusCode.OK)).AsArray().Select(v => v!.Number("version"));
        Assert.Equal([2, 1, 0], versions);
        Assert.Contains("{{aidDisbursed}}", (await (await officer.GetAsync($"{Templates}/0")).ShouldBeAsync(HttpStatusCode.OK)).Text("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_text_a_missing_version_or_a_caller_who_may_not_write_reporting_is_a_clear_answer_and_saves_nothing()
    {
        using var app = new EduReliefApp();
        var officer = app.CreateClient();
        var (township, _) = await officer.TownshipWithSchoolAsync();
        var local = app.CreateClientAs(Roles.TownshipOfficer, townships: [township]).Client;

        Assert.NotEmpty((await (await officer.PutAsJsonAsync(Templates, new { text = "" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("text"));
        Assert.NotEmpty((await (await officer.PutAsJsonAsync(Templates, new { text = "{{year}}", note = new string('x', 501) })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("note"));
        await (await local.PutAsJsonAsync(Templates, new { text = "# {{year}}" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await officer.GetAsync($"{Templates}/9")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal([0], (await (await officer.GetAsync(Templates)).ShouldBeAsync(HttpStatusCode.OK)).AsArray().Select(v => v!.Number("version")));
    }
}
