using System.Net;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;

namespace EduRelief.Host.Tests.Subsidies;

/// <summary>What a paid award leaves behind: the student's file entry (once), and in-kind aid recorded at approval.</summary>
[Collection(HostCollection.Name)]
public sealed class AwardDeliveryTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    private static List<JsonNode> SubsidyEntries(JsonNode file) =>
        file["entries"]!.AsArray().Where(e => e.Text("sourceModule") == "Subsidies").Select(e => e!).ToList();

    [Fact]
    public async Task A_paid_award_appears_once_in_the_student_file_even_when_the_bank_file_is_sent_twice()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var first = await _officer.RegisterAsync(school, true, "RegisteredPoorHousehold");
        var second = await _officer.RegisterAsync(school, true, "RegisteredPoorHousehold");
        var term = $"{SubsidiesApi.NextYear()}-1";
        var batch = await app.Staff().CreateBatchAsync("LivingSubsidy", term);
        await (await app.Staff().ApproveAsync(batch)).ShouldBeAsync(HttpStatusCode.OK);

        await (await _officer.ReconcileAsync(batch, SubsidiesApi.Paid(first, 500m, "BK-F1"))).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(1, (await (await _officer.ReconcileAsync(batch, SubsidiesApi.Paid(first, 500m, "BK-F1"))).ShouldBeAsync(HttpStatusCode.OK)).Number("alreadyRecorded"));

        // A later award goes through the same outbox; once it has arrived, anything sent before it has too.
        await (await _officer.ReconcileAsync(batch, SubsidiesApi.Paid(second, 500m, "BK-F2"))).ShouldBeAsync(HttpStatusCode.OK);
        await Eventually.MatchAsync(
            () => _officer.GetFileAsync(second.Id),
            file => SubsidyEntries(file).Count > 0,
            "the second student's award in their file");

        var entry = Assert.Single(SubsidyEntries(await _officer.GetFileAsync(first.Id)));
        Assert.Equal("AidPaid", entry.Text("kind"));
        Assert.Equal(500m, entry.Money("amount"));
        Assert.Contains(term, entry.Text("title"), StringComparison.Ordinal);
        Assert.Contains("BK-F1", entry.Text("details"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_payment_leaves_nothing_in_the_student_file()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var failed = await _officer.RegisterAsync(school, true, "RegisteredPoorHousehold");
        var paid = await _officer.RegisterAsync(school, true, "RegisteredPoorHousehold");
        var batch = await app.Staff().CreateBatchAsync("LivingSubsidy", $"{SubsidiesApi.NextYear()}-2");
        await (await app.Staff().ApproveAsync(batch)).ShouldBeAsync(HttpStatusCode.OK);

        await (await _officer.ReconcileAsync(batch, SubsidiesApi.Failed(failed, 500m, "BK-X", "户名不符"), SubsidiesApi.Paid(paid, 500m, "BK-Y"))).ShouldBeAsync(HttpStatusCode.OK);

        await Eventually.MatchAsync(() => _officer.GetFileAsync(paid.Id), file => SubsidyEntries(file).Count > 0, "the paid student's file entry");
        Assert.Empty(SubsidyEntries(await _officer.GetFileAsync(failed.Id)));
    }

    [Fact]
    public async Task School_meals_are_given_in_kind_marked_paid_at_approval_with_no_bank_file()
    {
        var (township, rural) = await _officer.TownshipWithSchoolAsync("Primary", "Rural");
        var urban = await _officer.SchoolAsync(township, "Primary", "Urban");
        var ruralChild = await _officer.RegisterAsync(rural, false);
        var urbanChild = await _officer.RegisterAsync(urban, false);
        var term = $"{SubsidiesApi.NextYear()}-1";
        var batch = await app.Staff().CreateBatchAsync("NutritionImprovement", term);

        var lines = await _officer.LinesAsync(batch);
        var meals = lines.LineOf(ruralChild)!;
        Assert.Equal(500m, meals.Money("amount"));
        Assert.Contains("每天 ¥5.00", meals.Text("rule"), StringComparison.Ordinal);
        Assert.Null(lines.LineOf(urbanChild));

        await (await app.Staff().ApproveAsync(batch)).ShouldBeAsync(HttpStatusCode.OK);

        var line = (await _officer.LineOfAsync(batch, ruralChild))!;
        Assert.Equal("Paid", line.Text("status"));
        Assert.Equal("Reconciled", (await _officer.GetBatchAsync(batch)).Text("status"));
        var payment = Assert.Single((await _officer.PaymentsOfAsync(ruralChild, "NutritionImprovement", term))["items"]!.AsArray())!;
        Assert.Equal("Paid", payment.Text("status"));
        Assert.NotNull(payment["paidOn"]);

        var bankFile = await _officer.GetAsync($"{SubsidiesApi.Batches}/{batch}/bank-file");
        await bankFile.ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var file = await Eventually.MatchAsync(
            () => _officer.GetFileAsync(ruralChild.Id),
            f => SubsidyEntries(f).Count > 0,
            "the meals in the student's file");
        var entry = Assert.Single(SubsidyEntries(file));
        Assert.Equal(500m, entry.Money("amount"));
    }
}
