using System.Net;
using EduRelief.Host.Tests.Access;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.SchoolConstruction;

/// <summary>Every construction command is in the audit log, done or refused.</summary>
[Collection(HostCollection.Name)]
public sealed class ConstructionAuditTests(EduReliefApp app)
{
    private readonly HttpClient _admin = app.CreateAdminClient();

    [Fact]
    public async Task Commands_are_audited_with_their_records_and_a_refused_spending_as_failed()
    {
        var (_, school) = await app.CreateClient().TownshipWithSchoolAsync();
        var (staff, userName) = app.CreateClientAs(Roles.ModuleStaff, modules: ["SchoolConstruction"]);
        var code = await staff.ProjectAsync(school, budget: [new { source = "County", amount = 100m }]);
        await (await staff.SpendAsync(code, 100.01m, ConstructionApi.DaysAgo(1))).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var entries = await _admin.AuditEntriesAsync($"user={Uri.EscapeDataString(userName)}&module=SchoolConstruction");

        var planned = Assert.Single(entries, e => e.Text("action") == "PlanProjectCommand");
        Assert.Equal("Succeeded", planned.Text("outcome"));
        Assert.Contains($"project:{code}", planned.Text("records"), StringComparison.Ordinal);
        var refused = Assert.Single(entries, e => e.Text("action") == "RecordSpendingCommand");
        Assert.Equal("Failed", refused.Text("outcome"));
    }
}
