using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EduRelief.Browser.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class SignInTests(ConsoleFixture console)
{
    [Fact]
    public async Task A_county_officer_signs_in_sees_the_home_page_in_Chinese_and_signs_out()
    {
        var officer = await console.Host.UserAsync("CountyOfficer");
        var page = await console.NewPageAsync();
        try
        {
            await page.GotoAsync("/");
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login\\?returnUrl=%2F$"));

            await page.SignedInAsync(officer, ConsoleHost.UserPassword);

            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
            await Expect(page.Locator("h1")).ToHaveTextAsync("工作台");
            await page.ScreenshotAsync("home-county-officer");
            await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
            // The sign-out ends the session at once, so the page's circuit may send it to the login page (with the page
            // it was on) before the form's own redirect lands; either way the user is on the login page.
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login(\\?returnUrl=%2F)?$"));
            await Expect(page.Locator("h1")).ToHaveTextAsync("教育扶贫管理平台");
            await page.GotoAsync("/");
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login\\?returnUrl="));
        }
        finally
        {
            await page.ScreenshotAsync("signed-out");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_wrong_password_shows_the_reason_and_signs_no_one_in()
    {
        var officer = await console.Host.UserAsync("CountyOfficer");
        var page = await console.NewPageAsync();
        try
        {
            await page.SignInAsync(officer, "Wrong-Password-1");

            await Expect(page.Locator(".login-error")).ToHaveTextAsync("用户名或密码错误。");
            await page.GotoAsync("/");
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login\\?returnUrl="));
        }
        finally
        {
            await page.ScreenshotAsync("wrong-password");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_console_switches_to_English_and_back()
    {
        var officer = await console.Host.UserAsync("CountyOfficer");
        var page = await console.NewPageAsync();
        try
        {
            await page.SignedInAsync(officer, ConsoleHost.UserPassword);

            await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("Home");
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await page.GetByRole(AriaRole.Link, new() { Name = "中文" }).ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("工作台");
        }
        finally
        {
            await page.ScreenshotAsync("language");
            await page.Context.CloseAsync();
        }
    }
}
