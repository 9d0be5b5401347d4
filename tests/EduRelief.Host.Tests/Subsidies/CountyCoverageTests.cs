using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;

namespace EduRelief.Host.Tests.Subsidies;

/// <summary>Coverage on a Host of its own, where every student of the county is the test's: the figures are exact.</summary>
[Collection(HostCollection.Name)]
public sealed class CountyCoverageTests
{
    [Fact]
    public async Task Coverage_counts_eligible_and_paid_students_and_reaches_one_when_everyone_is_paid()
    {
        using var app = new EduReliefApp();
        var officer = app.CreateClient();
        var (township, primary) = await officer.TownshipWithSchoolAsync("Primary", "Rural");
        var junior = await officer.SchoolAsync(township, "JuniorSecondary", "Rural");
        var a = await officer.RegisterAsync(primary, true, "RegisteredPoorHousehold");
        var b = await officer.RegisterAsync(primary, false, "Orphan");
        var c = await officer.RegisterAsync(junior, true, "ExtremePoverty");
        await officer.RegisterAsync(primary, true);

        var before = await officer.CoverageAsync(2031);
        Assert.Equal(3, before.Number("eligible"));
        Assert.Equal(0, before.Number("paid"));
        Assert.Equal(0m, before.Money("rate"));
        Assert.Equal([a.Name, b.Name, c.Name], before["unpaid"].Strings("name").Order(StringComparer.Ordinal));

        var staffA = app.Staff();
        var staffB = app.Staff();
        var batch = await staffA.CreateBatchAsync("LivingSubsidy", "2031-1");
        var created = await officer.GetBatchAsync(batch);
        Assert.Equal(500m + 250m + 625m, created.Money("totalAmount"));
        Assert.Equal(3, created["lines"].Number("total"));
        await (await staffB.ApproveAsync(batch)).ShouldBeAsync(HttpStatusCode.OK);

        // Approved is not paid: coverage counts the bank's confirmations.
        Assert.Equal(0, (await officer.CoverageAsync(2031)).Number("paid"));

        await (await officer.ReconcileAsync(
            batch,
            SubsidiesApi.Paid(a, 500m, "R1"),
            SubsidiesApi.Paid(b, 250m, "R2"),
            SubsidiesApi.Failed(c, 625m, "R3", "账户冻结"))).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal("Reconciled", (await officer.GetBatchAsync(batch)).Text("status"));

        var partly = await officer.CoverageAsync(2031);
        Assert.Equal(3, partly.Number("eligible"));
        Assert.Equal(2, partly.Number("paid"));
        Assert.Equal(0.6667m, partly.Money("rate"));
        var unpaid = Assert.Single(partly["unpaid"]!.AsArray())!;
        Assert.Equal(c.Name, unpaid.Text("name"));
        Assert.Equal(c.NationalId, unpaid.Text("nationalId"));

        var reissue = await staffA.CreateBatchAsync("LivingSubsidy", "2031-1");
        var reissued = await officer.GetBatchAsync(reissue);
        Assert.Equal(1, reissued["lines"].Number("total"));
        Assert.Equal(625m, reissued.Money("totalAmount"));
        await (await staffB.ApproveAsync(reissue)).ShouldBeAsync(HttpStatusCode.OK);
        await (await officer.ReconcileAsync(reissue, SubsidiesApi.Paid(c, 625m, "R4"))).ShouldBeAsync(HttpStatusCode.OK);

        var full = await officer.CoverageAsync(2031);
        Assert.Equal(3, full.Number("eligible"));
        Assert.Equal(3, full.Number("paid"));
        Assert.Equal(1m, full.Money("rate"));
        Assert.Empty(full["unpaid"]!.AsArray());

        // The year's awards: three, one each, ¥1375 in all.
        var payments = await (await officer.GetAsync($"{SubsidiesApi.Payments}?programmeCode=LivingSubsidy&year=2031")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(3, payments.Number("total"));
        Assert.Equal(1375m, payments["items"]!.AsArray().Sum(p => p.Money("amount")));
        Assert.All(payments["items"]!.AsArray(), p => Assert.Equal("Paid", p.Text("status")));

        // Another year with nobody paid yet: the same three are eligible and unpaid.
        var nextYear = await officer.CoverageAsync(2032);
        Assert.Equal(3, nextYear.Number("eligible"));
        Assert.Equal(0, nextYear.Number("paid"));
    }
}
