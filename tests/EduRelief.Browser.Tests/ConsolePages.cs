using Microsoft.Playwright;

namespace EduRelief.Browser.Tests;

/// <summary>What every browser test does: sign in through the sign-in page, and keep a screenshot of how it ended.</summary>
public static class ConsolePages
{
    public static async Task SignInAsync(this IPage page, string userName, string password)
    {
        await page.GotoAsync("/login");
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
    }

    /// <summary>Signs in and waits until the console's circuit is live (the side menu answers clicks).</summary>
    public static async Task SignedInAsync(this IPage page, string userName, string password)
    {
        await page.SignInAsync(userName, password);
        await Assertions.Expect(page.GetByTestId("user-name")).ToHaveTextAsync(userName);
        await page.WaitForCircuitAsync();
    }

    /// <summary>The page is interactive: its circuit is connected (the layout marks the body once it renders live).</summary>
    public static Task WaitForCircuitAsync(this IPage page) => page.WaitForSelectorAsync("body[data-live]", new() { State = WaitForSelectorState.Attached });

    public static async Task ScreenshotAsync(this IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ConsoleFixture.ScreenshotFolder, name + ".png"), FullPage = true });
}
