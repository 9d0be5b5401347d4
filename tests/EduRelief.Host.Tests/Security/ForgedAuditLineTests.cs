using System.Globalization;
using System.Net;
using EduRelief.Host.Tests.Access;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;

namespace EduRelief.Host.Tests.Security;

/// <summary>What a stranger types as a user name reaches the audit log bounded and unable to forge a line.</summary>
[Collection(HostCollection.Name)]
public sealed class ForgedAuditLineTests(EduReliefApp app)
{
    [Fact]
    public async Task A_huge_user_name_with_line_breaks_and_a_right_to_left_override_is_logged_short_and_inert()
    {
        var prefix = AccessApi.NewUserName("forger");
        var typed = prefix + "\r\n2026-12-01 09:00:00 county-it Access Login Succeeded\u202Ecod.exe" + new string('x', 10_000);
        using var anonymous = app.CreateAnonymousClient();

        await (await anonymous.LoginAsync(typed, "Wrong-Pass-2026")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        using var admin = app.CreateAdminClient();
        var entry = (await admin.AuditEntriesAsync("module=Access")).Single(e => e.Text("userName").StartsWith(prefix, StringComparison.Ordinal));
        foreach (var text in new[] { entry.Text("userName"), entry.Text("records") })
        {
            Assert.True(text.Length <= 64, $"{text.Length} characters logged");
            Assert.DoesNotContain(text, c => char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format);
        }

        Assert.Contains("\\u000D\\u000A", entry.Text("userName"), StringComparison.Ordinal);
    }
}
