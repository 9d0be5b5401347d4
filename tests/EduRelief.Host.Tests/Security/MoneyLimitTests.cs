using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Subsidies;

namespace EduRelief.Host.Tests.Security;

/// <summary>An amount past any sane figure, or too large to be a number at all, is a 400 naming the field, never a 500.</summary>
[Collection(HostCollection.Name)]
public sealed class MoneyLimitTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Theory]
    [InlineData("99999999999999999999999", "must be at most ¥1,000,000,000")]
    [InlineData("1000000000.01", "must be at most ¥1,000,000,000")]
    [InlineData("1e40", "a number too large")]
    [InlineData("12.345", "two decimals")]
    public async Task A_budget_past_the_maximum_is_refused_naming_amount(string amount, string says)
    {
        var response = await _officer.PutAsync(
            $"{SubsidiesApi.Programmes}/LivingSubsidy/budgets/{SubsidiesApi.NextYear()}", Json($$"""{"amount":{{amount}}}"""));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.FieldErrors("amount"), m => m.Contains(says, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_largest_budget_allowed_is_stored()
    {
        var response = await _officer.PutAsync(
            $"{SubsidiesApi.Programmes}/LivingSubsidy/budgets/{SubsidiesApi.NextYear()}", Json("""{"amount":1000000000.00}"""));

        await response.ShouldBeAsync(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("""{"stage":"Primary","amountPerTerm":99999999999999999999999}""", "lines[0].amountPerTerm", "must be at most ¥100,000")]
    [InlineData("""{"stage":"Primary","amountPerTerm":100000.01}""", "lines[0].amountPerTerm", "must be at most ¥100,000")]
    [InlineData("""{"stage":"Primary","perDay":1000.5,"schoolDaysPerTerm":100}""", "lines[0].perDay", "must be at most ¥1,000")]
    [InlineData("""{"stage":"Primary","amountPerTerm":1e40}""", "lines[0].amountPerTerm", "a number too large")]
    public async Task A_rate_past_the_maximum_is_refused_naming_the_line(string line, string field, string says)
    {
        var response = await _officer.PutAsync(
            $"{SubsidiesApi.Programmes}/LivingSubsidy/rates", Json($$"""{"effectiveFrom":"2040-03-01","lines":[{{line}}]}"""));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.FieldErrors(field), m => m.Contains(says, StringComparison.Ordinal));
    }

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
