using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;
using static EduRelief.Host.Tests.Registry.RegistryApi;

namespace EduRelief.Host.Tests.Access;

/// <summary>
/// National IDs of minors leave the API masked (<c>520102********1234</c>) wherever a person sees a student, unless
/// the caller is a county officer or holds the ViewFullNationalIds permission.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class MaskingTests(EduReliefApp app)
{
    private readonly HttpClient _county = app.CreateClient();

    private static string Masked(string nationalId) => nationalId[..6] + "********" + nationalId[14..];

    private async Task<(string Township, string School, string Student, string NationalId)> StudentAsync()
    {
        var (township, school) = await _county.TownshipWithSchoolAsync();
        var nationalId = TestIds.NationalId();
        return (township, school, await _county.StudentAsync(school, nationalId), nationalId);
    }

    /// <summary>The national ID as the client sees it in the list, by id, and in the student file's profile.</summary>
    private static async Task<string[]> SeenAsync(HttpClient client, string school, string student)
    {
        var listed = Assert.Single((await client.FindStudentsAsync($"schoolCode={school}"))["items"]!.AsArray())!;
        var byId = await client.GetStudentAsync(student);
        var file = await client.GetFileAsync(student);
        return [listed.Text("nationalId"), byId.Text("nationalId"), file["profile"].Text("nationalId")];
    }

    [Fact]
    public async Task A_township_officer_sees_national_ids_masked_in_the_list_by_id_and_in_the_file()
    {
        var (township, school, student, nationalId) = await StudentAsync();
        var (officer, _) = app.CreateClientAs(Roles.TownshipOfficer, townships: [township]);

        var seen = await SeenAsync(officer, school, student);

        Assert.All(seen, id => Assert.Equal(Masked(nationalId), id));
        Assert.Matches("^[0-9]{6}\\*{8}[0-9]{3}[0-9X]$", seen[0]);
    }

    [Fact]
    public async Task A_township_officer_searching_by_the_full_id_gets_it_back_masked()
    {
        var (township, _, _, nationalId) = await StudentAsync();
        var (officer, _) = app.CreateClientAs(Roles.TownshipOfficer, townships: [township]);

        var listed = await officer.StudentByNationalIdAsync(nationalId);

        Assert.Equal(Masked(nationalId), listed.Text("nationalId"));
    }

    [Fact]
    public async Task A_county_officer_sees_national_ids_in_full()
    {
        var (_, school, student, nationalId) = await StudentAsync();

        var seen = await SeenAsync(_county, school, student);

        Assert.All(seen, id => Assert.Equal(nationalId, id));
    }

    [Fact]
    public async Task A_township_officer_with_the_view_full_national_ids_permission_sees_them_in_full()
    {
        var (township, school, student, nationalId) = await StudentAsync();
        var (officer, _) = app.CreateClientAs(Roles.TownshipOfficer, townships: [township], permissions: [EduReliefClaims.ViewFullNationalIds]);

        var seen = await SeenAsync(officer, school, student);

        Assert.All(seen, id => Assert.Equal(nationalId, id));
        Assert.True((await (await officer.GetAsync(AccessApi.Me)).ShouldBeAsync(HttpStatusCode.OK)).Flag("canSeeFullNationalIds"));
    }

    [Theory]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.ModuleStaff)]
    [InlineData(Roles.SchoolStaff)]
    public async Task Other_roles_that_read_students_see_national_ids_masked(string role)
    {
        var (_, school, student, nationalId) = await StudentAsync();
        var (client, _) = role switch
        {
            Roles.ModuleStaff => app.CreateClientAs(role, modules: ["Subsidies"]),
            Roles.SchoolStaff => app.CreateClientAs(role, schools: [school]),
            _ => app.CreateClientAs(role),
        };

        var seen = await SeenAsync(client, school, student);

        Assert.All(seen, id => Assert.Equal(Masked(nationalId), id));
    }

    [Fact]
    public async Task A_township_officer_changing_a_student_gets_the_national_id_back_masked()
    {
        var (township, _, student, nationalId) = await StudentAsync();
        var (officer, _) = app.CreateClientAs(Roles.TownshipOfficer, townships: [township]);

        var changed = await (await officer.PatchJsonAsync($"{Students}/{student}", new { grade = 4, version = 1 })).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal(4, changed.Number("grade"));
        Assert.Equal(Masked(nationalId), changed.Text("nationalId"));
    }
}
