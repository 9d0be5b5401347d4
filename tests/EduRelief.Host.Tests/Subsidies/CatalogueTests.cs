using System.Net;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.Vocational;

namespace EduRelief.Host.Tests.Subsidies;

/// <summary>
/// The policy catalogue and its effective-dated rates. Rates are county-wide, so each test changes a programme and
/// dates no other test computes batches for (RainDew 2030-2031; far-future dates for the refusals).
/// </summary>
[Collection(HostCollection.Name)]
public sealed class CatalogueTests(EduReliefApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task The_catalogue_lists_the_seven_programmes_with_their_national_default_rates()
    {
        var programmes = (await (await _client.GetAsync(SubsidiesApi.Programmes)).ShouldBeAsync(HttpStatusCode.OK)).AsArray();

        Assert.Equal(
            ["LivingSubsidy", "NutritionImprovement", "PreschoolAid", "RainDew", "SecondaryVocationalGrant", "TextbookWaiver", "TuitionWaiver"],
            programmes.Select(p => p.Text("code")).Order(StringComparer.Ordinal));

        JsonNode Default(string code)
        {
            var programme = programmes.Single(p => p.Text("code") == code)!;
            var first = programme["rates"]![0]!;
            Assert.Equal("2020-01-01", first.Text("effectiveFrom"));
            return first;
        }

        decimal AmountFor(string code, string stage, bool? boarding) =>
            Default(code)["lines"]!.AsArray()
                .Single(l => l.Text("stage") == stage && l!["boarding"]?.GetValue<bool>() == boarding)
                .Money("amountPerTerm");

        Assert.Equal(500m, AmountFor("LivingSubsidy", "Primary", true));
        Assert.Equal(250m, AmountFor("LivingSubsidy", "Primary", false));
        Assert.Equal(625m, AmountFor("LivingSubsidy", "JuniorSecondary", true));
        Assert.Equal(312.50m, AmountFor("LivingSubsidy", "JuniorSecondary", false));
        Assert.Equal(3000m, AmountFor("RainDew", "SecondaryVocational", null));
        Assert.Equal(1000m, AmountFor("SecondaryVocationalGrant", "SecondaryVocational", null));
        Assert.Equal(500m, AmountFor("PreschoolAid", "Preschool", null));

        var meals = Default("NutritionImprovement")["lines"]!.AsArray().Single(l => l.Text("stage") == "Primary")!;
        Assert.Equal(5m, meals.Money("perDay"));
        Assert.Equal(100, meals.Number("schoolDaysPerTerm"));
        Assert.Equal(500m, meals.Money("amountPerTerm"));

        var nutrition = programmes.Single(p => p.Text("code") == "NutritionImprovement")!;
        Assert.Equal("InKind", nutrition.Text("delivery"));
        Assert.Equal("Cash", programmes.Single(p => p.Text("code") == "LivingSubsidy").Text("delivery"));
    }

    [Fact]
    public async Task A_new_rate_applies_to_terms_starting_on_or_after_it_and_a_computed_batch_keeps_its_amounts()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync("SecondaryVocational", "Town");
        var student = await _client.RegisterAsync(schoolCode, true, "RegisteredPoorHousehold");
        // Rain-Dew is for students Vocational has enrolled (ADR 0025), from enrolment until graduation.
        await (await _client.EnrolAsync(student.NationalId, await _client.SpecialtyAsync(schoolCode), VocationalApi.DaysAgo(10))).ShouldBeAsync(HttpStatusCode.Created);

        // Computed before the change: 2030-2 starts 2030-09-01, with the default ¥3000.
        var before = await _client.CreateBatchAsync("RainDew", "2030-2");
        Assert.Equal(3000m, (await _client.LineOfAsync(before, student)).Money("amount"));

        var changed = await _client.PutAsync($"{SubsidiesApi.Programmes}/RainDew/rates", JsonContent(new
        {
            effectiveFrom = "2030-06-01",
            lines = new[] { new { stage = "SecondaryVocational", amountPerTerm = 3500m } },
        }));
        var programme = await changed.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Contains(programme["rates"]!.AsArray(), r => r.Text("effectiveFrom") == "2030-06-01");

        // The draft computed earlier keeps the amounts it was computed with.
        var kept = await _client.LineOfAsync(before, student);
        Assert.Equal(3000m, kept.Money("amount"));

        // A term starting after the new rate uses it; one starting before does not.
        var after = await _client.CreateBatchAsync("RainDew", "2031-1");
        var line = await _client.LineOfAsync(after, student);
        Assert.Equal(3500m, line.Money("amount"));
        Assert.Contains("3500.00", line.Text("rule"), StringComparison.Ordinal);

        var spring = await _client.CreateBatchAsync("RainDew", "2030-1");
        Assert.Equal(3000m, (await _client.LineOfAsync(spring, student)).Money("amount"));

        // Rebuilding the 2030-2 draft recomputes it at the rate now in force for that term.
        await (await _client.PostAsync($"{SubsidiesApi.Batches}/{before}/rebuild", null)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(3500m, (await _client.LineOfAsync(before, student)).Money("amount"));
    }

    [Fact]
    public async Task A_meal_rate_is_given_per_day_times_school_days()
    {
        var response = await _client.PutAsync($"{SubsidiesApi.Programmes}/TextbookWaiver/rates", JsonContent(new
        {
            effectiveFrom = "2097-01-01",
            lines = new[] { new { stage = "Primary", perDay = 0.5m, schoolDaysPerTerm = 100 } },
        }));
        var programme = await response.ShouldBeAsync(HttpStatusCode.OK);

        var rate = programme["rates"]!.AsArray().Single(r => r.Text("effectiveFrom") == "2097-01-01")!;
        var line = Assert.Single(rate["lines"]!.AsArray())!;
        Assert.Equal(50m, line.Money("amountPerTerm"));
        Assert.Equal(0.5m, line.Money("perDay"));
    }

    [Fact]
    public async Task A_negative_amount_is_refused_naming_the_line()
    {
        var response = await _client.PutAsync($"{SubsidiesApi.Programmes}/SecondaryVocationalGrant/rates", JsonContent(new
        {
            effectiveFrom = "2095-01-01",
            lines = new[] { new { stage = "SecondaryVocational", amountPerTerm = -1m } },
        }));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("lines[0].amountPerTerm"));
        Assert.DoesNotContain(await RatesOfAsync("SecondaryVocationalGrant"), r => r == "2095-01-01");
    }

    [Fact]
    public async Task A_second_rate_from_the_same_day_is_a_conflict()
    {
        object Body(decimal amount) => new { effectiveFrom = "2095-03-01", lines = new[] { new { stage = "Preschool", amountPerTerm = amount } } };

        await (await _client.PutAsync($"{SubsidiesApi.Programmes}/PreschoolAid/rates", JsonContent(Body(600m)))).ShouldBeAsync(HttpStatusCode.OK);
        var again = await _client.PutAsync($"{SubsidiesApi.Programmes}/PreschoolAid/rates", JsonContent(Body(700m)));

        var problem = await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.NotEmpty(problem.FieldErrors("effectiveFrom"));
        Assert.Single(await RatesOfAsync("PreschoolAid"), r => r == "2095-03-01");
    }

    [Fact]
    public async Task A_rate_for_an_unknown_programme_is_refused()
    {
        var response = await _client.PutAsync($"{SubsidiesApi.Programmes}/FreeLunch/rates", JsonContent(new
        {
            effectiveFrom = "2095-01-01",
            lines = new[] { new { stage = "Primary", amountPerTerm = 1m } },
        }));

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"got {(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            Assert.NotEmpty((await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("programmeCode"));
        }
    }

    [Fact]
    public async Task A_rate_for_an_unknown_stage_is_refused_naming_the_line()
    {
        var response = await _client.PutAsync($"{SubsidiesApi.Programmes}/SecondaryVocationalGrant/rates", JsonContent(new
        {
            effectiveFrom = "2095-02-01",
            lines = new[] { new { stage = "University", amountPerTerm = 100m } },
        }));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("lines[0].stage"));
    }

    [Fact]
    public async Task A_rate_needs_a_date_and_lines()
    {
        var response = await _client.PutAsync($"{SubsidiesApi.Programmes}/SecondaryVocationalGrant/rates", JsonContent(new { lines = Array.Empty<object>() }));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("effectiveFrom"));
        Assert.NotEmpty(problem.FieldErrors("lines"));
    }

    [Fact]
    public async Task Subsidies_staff_of_another_module_may_not_change_rates()
    {
        var (other, _) = app.CreateClientAs(EduRelief.SharedKernel.Identity.Roles.ModuleStaff, modules: ["Registry"]);
        var response = await other.PutAsync($"{SubsidiesApi.Programmes}/SecondaryVocationalGrant/rates", JsonContent(new
        {
            effectiveFrom = "2095-04-01",
            lines = new[] { new { stage = "SecondaryVocational", amountPerTerm = 100m } },
        }));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    private async Task<List<string>> RatesOfAsync(string code)
    {
        var programmes = (await (await _client.GetAsync(SubsidiesApi.Programmes)).ShouldBeAsync(HttpStatusCode.OK)).AsArray();
        return programmes.Single(p => p.Text("code") == code)!["rates"]!.AsArray().Select(r => r.Text("effectiveFrom")).ToList();
    }

    private static System.Net.Http.Json.JsonContent JsonContent(object body) => System.Net.Http.Json.JsonContent.Create(body);
}
