using System.Net.Http.Json;
using EduRelief.SharedKernel.Identity;
using static Microsoft.Playwright.Assertions;

namespace EduRelief.Browser.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class AccessChangeTests(ConsoleFixture console)
{
    [Fact]
    public async Task A_user_locked_out_while_signed_in_is_sent_to_sign_in_at_the_next_click()
    {
        var officer = await console.Host.UserAsync(Roles.CountyOfficer);
        var page = await console.NewPageAsync();
        try
        {
            await page.SignedInAsync(officer, ConsoleHost.UserPassword);
            using (var admin = await console.Host.ApiAsAsync(ConsoleHost.AdminUser, ConsoleHost.AdminPassword))
            {
                (await admin.PutAsJsonAsync($"/api/access/users/{officer}/lockout", new { locked = true })).EnsureSuccessStatusCode();
            }

            // The Host that made the change forgets the sign-in at once; others within a second (ADR 10). Any event
            // the page sends from then on — a click, or one of Ant Design's own — ends at the sign-in page.
            await Task.Delay(1_200);
            var home = page.Locator(".ant-menu-item", new() { HasTextString = "工作台" });
            if (await home.IsVisibleAsync())
            {
                await home.ClickAsync(new() { Timeout = 3_000 });
            }

            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login\\?returnUrl="));
        }
        finally
        {
            await page.ScreenshotAsync("locked-out-at-next-click");
            await page.Context.CloseAsync();
        }
    }
}
