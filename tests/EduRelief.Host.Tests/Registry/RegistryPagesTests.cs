using System.Net;
using EduRelief.Host.Tests.Access;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Security;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Primitives;

namespace EduRelief.Host.Tests.Registry;

/// <summary>The Registry's console pages, as their prerendered HTML: they render, and they mask as the API does.</summary>
[Collection(HostCollection.Name)]
public sealed class RegistryPagesTests(EduReliefApp app)
{
    private static readonly DateOnly BirthDate = new(2014, 5, 17);

    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task The_student_list_and_file_render_the_student_with_the_full_id_for_the_relief_office()
    {
        var (_, schoolCode, id, nationalId) = await SeedAsync();
        using var browser = (await Browser.NewUserAsync(app, Roles.CountyOfficer)).Browser;

        var list = await PageAsync(browser, $"/registry/students?schoolCode={schoolCode}");
        var file = await PageAsync(browser, $"/registry/students/{id}/file");

        Assert.Contains("李小页", list, StringComparison.Ordinal);
        Assert.Contains(nationalId, list, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"student-table\"", list, StringComparison.Ordinal);
        Assert.Contains("李小页", file, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"file-timeline\"", file, StringComparison.Ordinal);
        Assert.Contains("2014-05-17", file, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_masked_caller_sees_the_masked_id_and_no_birth_date_on_the_list_and_the_file()
    {
        var (townshipCode, schoolCode, id, nationalId) = await SeedAsync();
        var userName = AccessApi.NewUserName("pages");
        using (var admin = app.CreateAdminClient())
        {
            await admin.CreateUserAsync(userName, Roles.TownshipOfficer, townships: [townshipCode]);
        }

        using var browser = await Browser.SignInAsync(app, userName, EduReliefApp.UserPassword);

        foreach (var page in new[] { $"/registry/students?schoolCode={schoolCode}", $"/registry/students/{id}/file" })
        {
            var html = await PageAsync(browser, page);
            Assert.Contains("李小页", html, StringComparison.Ordinal);
            Assert.Contains(NationalId.Mask(nationalId), html, StringComparison.Ordinal);
            Assert.DoesNotContain(nationalId, html, StringComparison.Ordinal);
            Assert.DoesNotContain("2014-05-17", html, StringComparison.Ordinal);
            Assert.DoesNotContain("20140517", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_student_outside_the_callers_scope_shows_the_not_found_problem()
    {
        var (_, _, id, _) = await SeedAsync();
        var otherTownship = await _officer.TownshipAsync();
        var userName = AccessApi.NewUserName("pages");
        using (var admin = app.CreateAdminClient())
        {
            await admin.CreateUserAsync(userName, Roles.TownshipOfficer, townships: [otherTownship]);
        }

        using var browser = await Browser.SignInAsync(app, userName, EduReliefApp.UserPassword);

        var html = await PageAsync(browser, $"/registry/students/{id}/file");
        Assert.Contains("data-testid=\"problem\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("李小页", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_import_places_and_home_pages_render_with_their_controls()
    {
        var (_, _, id, _) = await SeedAsync();
        using var browser = (await Browser.NewUserAsync(app, Roles.CountyOfficer)).Browser;

        Assert.Contains("id=\"nationalId\"", await PageAsync(browser, "/registry/students/new"), StringComparison.Ordinal);
        var edit = await PageAsync(browser, $"/registry/students/{id}/edit");
        Assert.Contains("id=\"effectiveOn\"", edit, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"save\"", edit, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"roster-dry-run\"", await PageAsync(browser, "/registry/imports"), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"create-school\"", await PageAsync(browser, "/registry/places"), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"home-students\"", await PageAsync(browser, "/"), StringComparison.Ordinal);
    }

    private async Task<(string TownshipCode, string SchoolCode, string Id, string NationalId)> SeedAsync()
    {
        var (townshipCode, schoolCode) = await _officer.TownshipWithSchoolAsync();
        var nationalId = TestIds.NationalId(BirthDate);
        var body = RegistryApi.StudentBody(schoolCode, nationalId);
        body["name"] = "李小页";
        var id = (await (await _officer.RegisterAsync(body)).ShouldBeAsync(HttpStatusCode.Created)).Text("id");
        return (townshipCode, schoolCode, id, nationalId);
    }

    private static async Task<string> PageAsync(HttpClient browser, string path)
    {
        var response = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
