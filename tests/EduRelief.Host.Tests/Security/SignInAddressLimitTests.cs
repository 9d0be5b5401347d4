using System.Net;
using EduRelief.Host.Tests.Access;
using EduRelief.Host.Tests.Infrastructure;

namespace EduRelief.Host.Tests.Security;

/// <summary>One client address gets only so many sign-in attempts a minute, whatever names it tries.</summary>
[Collection(HostCollection.Name)]
public sealed class SignInAddressLimitTests(FewSignInsApp few) : IClassFixture<FewSignInsApp>
{
    [Fact]
    public async Task Spraying_names_from_one_address_is_answered_429_with_retry_after()
    {
        using var anonymous = few.Factory.CreateAnonymousClient();
        for (var attempt = 0; attempt < FewSignInsApp.AttemptsPerAddress; attempt++)
        {
            await (await anonymous.LoginAsync(AccessApi.NewUserName("spray"), "Wrong-Pass-2026")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        }

        var limited = await anonymous.LoginAsync(AccessApi.NewUserName("spray"), "Wrong-Pass-2026");

        await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }
}
