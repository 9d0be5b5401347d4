using EduRelief.Modules.Access.Domain;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Modules;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EduRelief.Modules.Access.Bootstrap;

/// <summary>
/// Makes sure every role exists, and creates the first administrator from configuration when there is no user of
/// that name yet. An existing user is never changed here, so a restart cannot reset a password.
/// </summary>
internal sealed partial class AdminBootstrapper(
    RoleManager<IdentityRole> roles,
    UserManager<AccessUser> users,
    IOptions<BootstrapOptions> options,
    TimeProvider time,
    ILogger<AdminBootstrapper> logger) : IModuleStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var (userName, password) = (options.Value.AdminUser, options.Value.AdminPassword);
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password) || await users.FindByNameAsync(userName) is not null)
        {
            return;
        }

        var admin = new AccessUser { UserName = userName, CreatedAt = time.GetUtcNow(), CreatedBy = "bootstrap" };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(
                $"The first administrator '{userName}' could not be created: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }

        await users.AddToRoleAsync(admin, Roles.Admin);
        LogCreated(logger, userName);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Created the first administrator '{UserName}' from configuration; remove the password from configuration now")]
    private static partial void LogCreated(ILogger logger, string userName);
}
