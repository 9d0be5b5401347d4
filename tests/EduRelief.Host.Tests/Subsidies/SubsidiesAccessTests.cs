using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.Subsidies;

/// <summary>Who may do what with batches, and what a township sees of them.</summary>
[Collection(HostCollection.Name)]
public sealed class SubsidiesAccessTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task A_township_officer_sees_only_the_lines_of_their_township_with_masked_ids()
    {
        var (mine, mySchool) = await _officer.TownshipWithSchoolAsync();
        var (_, otherSchool) = await _officer.TownshipWithSchoolAsync();
        var own = await _officer.RegisterAsync(mySchool, true, "RegisteredPoorHousehold");
        var foreign = await _officer.RegisterAsync(otherSchool, true, "RegisteredPoorHousehold");
        var batch = await app.Staff().CreateBatchAsync("LivingSubsidy", $"{SubsidiesApi.NextYear()}-1");
        var (township, _) = app.CreateClientAs(Roles.TownshipOfficer, townships: [mine]);

        var lines = await township.LinesAsync(batch);

        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Equal(mine, l.Text("townshipCode")));
        var line = lines.LineOf(own)!;
        Assert.NotEqual(own.NationalId, line.Text("nationalId"));
        Assert.Contains("*", line.Text("nationalId"), StringComparison.Ordinal);
        Assert.EndsWith(own.NationalId[^4..], line.Text("nationalId"), StringComparison.Ordinal);
        Assert.Null(lines.LineOf(foreign));

        var summary = await township.GetBatchAsync(batch);
        Assert.Equal(lines.Count, summary["lines"].Number("total"));
        Assert.Equal(lines.Sum(l => l.Money("amount")), summary.Money("totalAmount"));
    }

    [Fact]
    public async Task A_township_officer_may_not_create_or_approve_a_batch()
    {
        var (township, _) = await _officer.TownshipWithSchoolAsync();
        var (client, _) = app.CreateClientAs(Roles.TownshipOfficer, townships: [township]);
        var term = $"{SubsidiesApi.NextYear()}-1";

        await (await client.PostBatchAsync("LivingSubsidy", term)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var batch = await app.Staff().CreateBatchAsync("LivingSubsidy", term);
        await (await client.ApproveAsync(batch)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("Draft", (await _officer.GetBatchAsync(batch)).Text("status"));
    }

    [Fact]
    public async Task An_auditor_reads_but_may_not_create_a_batch()
    {
        var (auditor, _) = app.CreateClientAs(Roles.Auditor);
        var term = $"{SubsidiesApi.NextYear()}-1";

        await (await auditor.PostBatchAsync("LivingSubsidy", term)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var batch = await app.Staff().CreateBatchAsync("LivingSubsidy", term);
        Assert.Equal("Draft", (await auditor.GetBatchAsync(batch)).Text("status"));
        await (await auditor.ExcludeAsync(batch, TestIds.NationalId(), "x")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Staff_of_another_module_may_not_create_a_batch()
    {
        var (registryStaff, _) = app.CreateClientAs(Roles.ModuleStaff, modules: ["Registry"]);

        await (await registryStaff.PostBatchAsync("LivingSubsidy", $"{SubsidiesApi.NextYear()}-1")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_bank_file_needs_the_right_to_see_full_national_ids()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var student = await _officer.RegisterAsync(school, true, "RegisteredPoorHousehold");
        var staff = app.Staff();
        var batch = await staff.CreateBatchAsync("LivingSubsidy", $"{SubsidiesApi.NextYear()}-2");
        await (await app.Staff().ApproveAsync(batch)).ShouldBeAsync(HttpStatusCode.OK);

        await (await staff.GetAsync($"{SubsidiesApi.Batches}/{batch}/bank-file")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var (entitled, _) = app.CreateClientAs(Roles.ModuleStaff, modules: ["Subsidies"], permissions: [EduReliefClaims.ViewFullNationalIds]);
        var bankFile = await entitled.GetAsync($"{SubsidiesApi.Batches}/{batch}/bank-file");
        Assert.Equal(HttpStatusCode.OK, bankFile.StatusCode);
        Assert.Contains($",{student.NationalId},{student.Name},张大山,农村信用社,", await bankFile.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_has_no_bank_file()
    {
        var batch = await app.Staff().CreateBatchAsync("LivingSubsidy", $"{SubsidiesApi.NextYear()}-1");

        await (await _officer.GetAsync($"{SubsidiesApi.Batches}/{batch}/bank-file")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Without_signing_in_nothing_is_shown()
    {
        var anonymous = app.CreateAnonymousClient();

        var response = await anonymous.GetAsync(SubsidiesApi.Programmes);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
