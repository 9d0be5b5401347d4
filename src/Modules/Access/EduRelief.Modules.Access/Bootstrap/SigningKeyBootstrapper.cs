using EduRelief.SharedKernel.Modules;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace EduRelief.Modules.Access.Bootstrap;

/// <summary>
/// Makes sure the deployment's first data-protection key (which signs every bearer token and cookie) exists before
/// any Host serves. It runs under the Hosts' start-up lock, so Hosts starting together do not each create one and
/// refuse each other's tokens; later keys roll over as ASP.NET Core plans them, activated days after creation so
/// that every Host has read them first.
/// </summary>
internal sealed class SigningKeyBootstrapper(IKeyManager keys, TimeProvider time) : IModuleStartupTask
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(90);

    public Task RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!keys.GetAllKeys().Any(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now))
        {
            keys.CreateNewKey(now, now + Lifetime);
        }

        return Task.CompletedTask;
    }
}
