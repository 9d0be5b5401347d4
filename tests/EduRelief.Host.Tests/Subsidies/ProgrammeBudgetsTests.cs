using System.Net;
using System.Net.Http.Json;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;

namespace EduRelief.Host.Tests.Subsidies;

/// <summary>The catalogue lists each programme's yearly budgets with its rates, so a budget set can be read back.</summary>
[Collection(HostCollection.Name)]
public sealed class ProgrammeBudgetsTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task A_budget_set_for_a_year_is_listed_with_its_programme()
    {
        var year = SubsidiesApi.NextYear();
        await (await _officer.PutAsJsonAsync($"{SubsidiesApi.Programmes}/RainDew/budgets/{year}", new { amount = 123_456.78m })).ShouldBeAsync(HttpStatusCode.OK);

        var programmes = await (await _officer.GetAsync(SubsidiesApi.Programmes)).ShouldBeAsync(HttpStatusCode.OK);

        var rainDew = programmes.AsArray().Single(p => p.Text("code") == "RainDew")!;
        var budget = rainDew["budgets"]!.AsArray().Single(b => b.Number("year") == year)!;
        Assert.Equal(123_456.78m, budget.Money("amount"));
        Assert.DoesNotContain(programmes.AsArray().Where(p => p.Text("code") != "RainDew"), p => p!["budgets"]!.AsArray().Any(b => b.Number("year") == year));
    }
}
