using System.Net;
using System.Net.Http.Json;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;

namespace EduRelief.Host.Tests.Subsidies;

/// <summary>Approval stays within the year's budget, and waits for a rebuild when the registry changed a student of the draft.</summary>
[Collection(HostCollection.Name)]
public sealed class BudgetAndReviewTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task Approval_over_the_year_budget_is_refused_and_the_batch_stays_a_draft()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var boarder = await _officer.RegisterAsync(school, true, "RegisteredPoorHousehold");
        await _officer.RegisterAsync(school, false, "RegisteredPoorHousehold");
        var year = SubsidiesApi.NextYear();
        var budgetUrl = $"{SubsidiesApi.Programmes}/LivingSubsidy/budgets/{year}";
        var set = await (await _officer.PutAsJsonAsync(budgetUrl, new { amount = 600m })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(600m, set.Money("amount"));
        var batch = await app.Staff().CreateBatchAsync("LivingSubsidy", $"{year}-1");

        var approve = await app.Staff().ApproveAsync(batch);

        var problem = await approve.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains(problem.FieldErrors("budget"), m => m.Contains("600.00", StringComparison.Ordinal));
        Assert.Equal("Draft", (await _officer.GetBatchAsync(batch)).Text("status"));
        Assert.Equal("Pending", (await _officer.LineOfAsync(batch, boarder)).Text("status"));
        Assert.Equal(0, (await _officer.PaymentsOfAsync(boarder, "LivingSubsidy")).Number("total"));

        // Raised enough, the same draft goes through.
        await (await _officer.PutAsJsonAsync(budgetUrl, new { amount = 100_000_000m })).ShouldBeAsync(HttpStatusCode.OK);
        await (await app.Staff().ApproveAsync(batch)).ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_budget_counts_what_the_year_already_committed()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        await _officer.RegisterAsync(school, true, "RegisteredPoorHousehold");
        var year = SubsidiesApi.NextYear();
        var first = await app.Staff().CreateBatchAsync("LivingSubsidy", $"{year}-1");
        await (await app.Staff().ApproveAsync(first)).ShouldBeAsync(HttpStatusCode.OK);
        var committed = (await _officer.GetBatchAsync(first)).Money("totalAmount");

        // Budget = what the spring committed plus less than the autumn needs.
        await (await _officer.PutAsJsonAsync($"{SubsidiesApi.Programmes}/LivingSubsidy/budgets/{year}", new { amount = committed + 100m })).ShouldBeAsync(HttpStatusCode.OK);
        var autumn = await app.Staff().CreateBatchAsync("LivingSubsidy", $"{year}-2");

        var problem = await (await app.Staff().ApproveAsync(autumn)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.NotEmpty(problem.FieldErrors("budget"));
    }

    [Fact]
    public async Task A_bad_budget_is_refused()
    {
        var year = SubsidiesApi.NextYear();
        var negative = await _officer.PutAsJsonAsync($"{SubsidiesApi.Programmes}/LivingSubsidy/budgets/{year}", new { amount = -5m });
        Assert.NotEmpty((await negative.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("amount"));

        var fen = await _officer.PutAsJsonAsync($"{SubsidiesApi.Programmes}/LivingSubsidy/budgets/{year}", new { amount = 1.234m });
        Assert.NotEmpty((await fen.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("amount"));

        var unknown = await _officer.PutAsJsonAsync($"{SubsidiesApi.Programmes}/Scholarship/budgets/{year}", new { amount = 5m });
        Assert.NotEmpty((await unknown.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("programmeCode"));
    }

    [Fact]
    public async Task A_registry_change_puts_the_line_up_for_review_and_a_rebuild_settles_it_keeping_exclusions()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var changed = await _officer.RegisterAsync(school, true, "RegisteredPoorHousehold");
        var excluded = await _officer.RegisterAsync(school, true, "ExtremePoverty");
        var staying = await _officer.RegisterAsync(school, false, "Orphan");
        var creator = app.Staff();
        var batch = await creator.CreateBatchAsync("LivingSubsidy", $"{SubsidiesApi.NextYear()}-1");
        await (await creator.ExcludeAsync(batch, excluded.NationalId, "已享受其他资助")).ShouldBeAsync(HttpStatusCode.OK);

        await (await _officer.PatchJsonAsync($"{RegistryApi.Students}/{changed.Id}", new { categories = Array.Empty<string>(), version = 1 })).ShouldBeAsync(HttpStatusCode.OK);

        var review = await Eventually.MatchAsync(
            () => _officer.LineOfAsync(batch, changed),
            line => line?.Text("status") == "NeedsReview",
            "the changed student's line to need review");
        Assert.Contains("困难类别变更", review!.Text("note"), StringComparison.Ordinal);
        Assert.Equal("Excluded", (await _officer.LineOfAsync(batch, excluded)).Text("status"));

        var approver = app.Staff();
        var refused = await approver.ApproveAsync(batch);
        Assert.NotEmpty((await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict)).FieldErrors("lines"));
        Assert.Equal("Draft", (await _officer.GetBatchAsync(batch)).Text("status"));

        await (await creator.PostAsync($"{SubsidiesApi.Batches}/{batch}/rebuild", null)).ShouldBeAsync(HttpStatusCode.OK);
        var lines = await _officer.LinesAsync(batch);
        Assert.Null(lines.LineOf(changed));
        Assert.Equal("Excluded", lines.LineOf(excluded).Text("status"));
        Assert.Equal("已享受其他资助", lines.LineOf(excluded).Text("note"));
        Assert.Equal("Pending", lines.LineOf(staying).Text("status"));

        var approved = await (await approver.ApproveAsync(batch)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal("Approved", approved.Text("status"));
        Assert.Equal(0, (await _officer.PaymentsOfAsync(changed, "LivingSubsidy")).Number("total"));
        Assert.Equal(0, (await _officer.PaymentsOfAsync(excluded, "LivingSubsidy")).Number("total"));
        Assert.Equal(1, (await _officer.PaymentsOfAsync(staying, "LivingSubsidy")).Number("total"));
    }

    [Fact]
    public async Task A_registry_change_after_approval_leaves_the_approved_lines_alone()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var student = await _officer.RegisterAsync(school, true, "RegisteredPoorHousehold");
        var term = $"{SubsidiesApi.NextYear()}-2";
        var batch = await app.Staff().CreateBatchAsync("LivingSubsidy", term);
        await (await app.Staff().ApproveAsync(batch)).ShouldBeAsync(HttpStatusCode.OK);
        var draft = await app.Staff().CreateBatchAsync("TextbookWaiver", term);

        await (await _officer.PatchJsonAsync($"{RegistryApi.Students}/{student.Id}", new { status = "Suspended", version = 1 })).ShouldBeAsync(HttpStatusCode.OK);

        // The change reached Subsidies (the open textbook draft), yet the approved line is unchanged.
        await Eventually.MatchAsync(
            () => _officer.LineOfAsync(draft, student),
            line => line?.Text("status") == "NeedsReview",
            "the suspended student's textbook line to need review");
        Assert.Equal("Approved", (await _officer.LineOfAsync(batch, student)).Text("status"));
    }
}
