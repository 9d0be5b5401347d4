using System.Net;
using EduRelief.Host.Tests.Access;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.Subsidies;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.Security;

/// <summary>County IT holds no data role, and approving a batch is a permission of its own, not any Subsidies writer's.</summary>
[Collection(HostCollection.Name)]
public sealed class SeparationOfDutiesTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Theory]
    [InlineData(Roles.CountyOfficer)]
    [InlineData(Roles.Auditor)]
    public async Task An_administrator_cannot_also_hold_a_data_role(string dataRole)
    {
        using var admin = app.CreateAdminClient();

        var response = await admin.PostJsonAsync(AccessApi.Users, new
        {
            userName = AccessApi.NewUserName("both"),
            password = EduReliefApp.UserPassword,
            roles = new[] { Roles.Admin, dataRole },
        });

        Assert.NotEmpty((await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("roles"));
    }

    [Fact]
    public async Task A_subsidies_writer_without_the_approval_permission_is_not_the_second_pair_of_eyes()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        await _officer.RegisterAsync(school, true, "RegisteredPoorHousehold");
        var batch = await app.Staff().CreateBatchAsync("LivingSubsidy", $"{SubsidiesApi.NextYear()}-1");
        var (writer, writerName) = app.CreateClientAs(Roles.ModuleStaff, modules: ["Subsidies"]);

        await (await writer.ApproveAsync(batch)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal("Draft", (await _officer.GetBatchAsync(batch)).Text("status"));
        using var admin = app.CreateAdminClient();
        Assert.Contains(
            await admin.AuditEntriesAsync($"user={writerName}"),
            e => e.Text("action") == "ApproveBatchCommand" && e.Text("outcome") == "Refused");
        var (granted, _) = app.CreateClientAs(Roles.ModuleStaff, modules: ["Subsidies"], permissions: [EduReliefClaims.ApproveBatches]);
        Assert.Equal("Approved", (await (await granted.ApproveAsync(batch)).ShouldBeAsync(HttpStatusCode.OK)).Text("status"));
    }
}
