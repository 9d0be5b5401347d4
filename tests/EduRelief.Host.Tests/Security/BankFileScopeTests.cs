using System.Net;
using EduRelief.Host.Tests.Access;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.Subsidies;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.Security;

/// <summary>
/// A bank file is a county-level document (every township's children, full IDs): only county-wide callers who may
/// change Subsidies data get it. Anyone else is refused with a 403 that is audited, whatever permissions they hold.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class BankFileScopeTests(EduReliefApp app)
{
    private readonly HttpClient _county = app.CreateClient();
    private readonly HttpClient _admin = app.CreateAdminClient();

    private async Task<(string Township, Student Student, string BankFile)> ApprovedBatchAsync()
    {
        var (township, school) = await _county.TownshipWithSchoolAsync();
        var student = await _county.RegisterAsync(school, true, "RegisteredPoorHousehold");
        var batch = await app.Staff().CreateBatchAsync("LivingSubsidy", $"{SubsidiesApi.NextYear()}-1");
        await (await app.Staff().ApproveAsync(batch)).ShouldBeAsync(HttpStatusCode.OK);
        return (township, student, $"{SubsidiesApi.Batches}/{batch}/bank-file");
    }

    [Fact]
    public async Task A_township_officer_who_may_see_full_ids_is_refused_the_bank_file_and_the_refusal_is_audited()
    {
        var (township, student, bankFile) = await ApprovedBatchAsync();
        var (officer, userName) = app.CreateClientAs(Roles.TownshipOfficer, townships: [township], permissions: [EduReliefClaims.ViewFullNationalIds]);

        var response = await officer.GetAsync(bankFile);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.DoesNotContain(student.NationalId, problem.ToJsonString(), StringComparison.Ordinal);
        var entry = Assert.Single(await _admin.AuditEntriesAsync($"user={Uri.EscapeDataString(userName)}&module=Subsidies"));
        Assert.Equal("ExportBankFileQuery", entry.Text("action"));
        Assert.Equal("Refused", entry.Text("outcome"));
    }

    [Fact]
    public async Task School_staff_and_auditors_who_may_see_full_ids_are_refused_the_bank_file()
    {
        var (_, _, bankFile) = await ApprovedBatchAsync();
        var (_, school) = await _county.TownshipWithSchoolAsync();
        var (schoolStaff, _) = app.CreateClientAs(Roles.SchoolStaff, schools: [school], permissions: [EduReliefClaims.ViewFullNationalIds]);
        var (auditor, _) = app.CreateClientAs(Roles.Auditor, permissions: [EduReliefClaims.ViewFullNationalIds]);
        var (registryStaff, _) = app.CreateClientAs(Roles.ModuleStaff, modules: ["Registry"], permissions: [EduReliefClaims.ViewFullNationalIds]);

        await (await schoolStaff.GetAsync(bankFile)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await auditor.GetAsync(bankFile)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await registryStaff.GetAsync(bankFile)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_county_officer_and_entitled_subsidies_staff_get_the_whole_bank_file()
    {
        var (_, student, bankFile) = await ApprovedBatchAsync();
        var (staff, _) = app.CreateClientAs(Roles.ModuleStaff, modules: ["Subsidies"], permissions: [EduReliefClaims.ViewFullNationalIds]);

        foreach (var client in new[] { _county, staff })
        {
            var response = await client.GetAsync(bankFile);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(student.NationalId, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }
}
