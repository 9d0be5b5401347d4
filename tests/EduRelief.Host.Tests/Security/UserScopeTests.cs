using System.Net;
using EduRelief.Host.Tests.Access;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.Security;

/// <summary>A user's scope names only what exists.</summary>
[Collection(HostCollection.Name)]
public sealed class UserScopeTests(EduReliefApp app)
{
    [Fact]
    public async Task Module_staff_of_a_module_this_deployment_does_not_have_are_refused_naming_modules()
    {
        using var admin = app.CreateAdminClient();

        var response = await admin.PostJsonAsync(AccessApi.Users, new
        {
            userName = AccessApi.NewUserName("payroll"),
            password = EduReliefApp.UserPassword,
            roles = new[] { Roles.ModuleStaff },
            modules = new[] { "Payroll" },
        });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.FieldErrors("modules"), m => m.Contains("Payroll", StringComparison.Ordinal));
    }
}
