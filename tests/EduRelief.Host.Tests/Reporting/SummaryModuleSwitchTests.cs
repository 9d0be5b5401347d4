using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;

namespace EduRelief.Host.Tests.Reporting;

[Collection(HostCollection.Name)]
public sealed class SummaryModuleSwitchTests
{
    [Fact]
    public async Task A_module_switched_off_leaves_its_figures_out_named_as_unavailable_not_zero()
    {
        using var app = new EduReliefApp(new Dictionary<string, string?> { ["Modules:DropoutControl:Enabled"] = "false" });

        var summary = await app.CreateClient().SummaryAsync(2025);

        foreach (var key in new[] { "persuadedReturns", "consolidationRate" })
        {
            var figure = summary.Figure(key);
            Assert.False(figure["available"]!.GetValue<bool>());
            Assert.Null(figure["value"]);
            Assert.Contains("DropoutControl", figure.Text("unavailable"), StringComparison.Ordinal);
        }

        Assert.True(summary.Figure("aidDisbursed")["available"]!.GetValue<bool>());
        Assert.Equal(0m, summary.Value("aidDisbursed"));
    }
}
