using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.Subsidies;

/// <summary>The year's aid figures on a Host of its own, so every award and activity counted is the test's: the figures are exact and agree with their lists.</summary>
[Collection(HostCollection.Name)]
public sealed class SubsidiesFiguresTests(EduReliefApp shared)
{
    [Fact]
    public async Task Aid_disbursed_counts_only_what_the_bank_confirmed_paid_and_agrees_with_the_payments_list()
    {
        using var app = new EduReliefApp();
        var seed = await AidSeed.CreateAsync(app);
        var (officer, township, other) = (seed.Officer, seed.Township, seed.Other);
        await (await seed.Staff.PostJsonAsync(SubsidiesApi.Outreach, new { date = "2026-01-10", townshipCode = township, kind = "入户走访", participants = 8, materials = 16 })).ShouldBeAsync(HttpStatusCode.Created);

        // Approved is reserved, not paid: nothing is disbursed until the bank says so.
        var approved = await FiguresAsync(officer, 2025);
        Assert.Equal(0m, approved.Money("aidDisbursed"));
        Assert.Equal(3, (await (await officer.GetAsync($"{SubsidiesApi.Payments}?year=2025&status=Reserved")).ShouldBeAsync(HttpStatusCode.OK)).Number("total"));

        await seed.ReconcileAsync();

        var figures = await FiguresAsync(officer, 2025);
        Assert.Equal(1125m, figures.Money("aidDisbursed"));
        Assert.Equal(2, figures.Number("aidPersonTimes"));
        var living = figures["byProgramme"]!.AsArray().Single(p => p.Text("programme") == "LivingSubsidy")!;
        Assert.Equal(1125m, living.Money("disbursed"));
        Assert.Equal(0, figures.Number("rainDewPersonTimes"));
        Assert.Equal(3, figures.Number("livingSubsidyEligible"));
        Assert.Equal(2, figures.Number("livingSubsidyPaid"));
        Assert.Equal(0.6667m, figures.Money("livingSubsidyCoverage"));
        Assert.Equal(2, figures.Number("outreachActivities"));
        Assert.Equal(800, figures.Number("outreachMaterials"));
        var paid = await (await officer.GetAsync($"{SubsidiesApi.Payments}?year=2025&status=Paid")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(figures.Number("aidPersonTimes"), paid.Number("total"));
        Assert.Equal(figures.Money("aidDisbursed"), paid["items"]!.AsArray().Sum(p => p.Money("amount")));

        var ours = await FiguresAsync(app.CreateClientAs(Roles.TownshipOfficer, townships: [township]).Client, 2025);
        Assert.Equal(500m, ours.Money("aidDisbursed"));
        Assert.Equal(1, ours.Number("aidPersonTimes"));
        Assert.Equal(300, ours.Number("outreachMaterials"));
        Assert.Equal(16, (await FiguresAsync(officer, 2026)).Number("outreachMaterials"));
    }

    [Fact]
    public async Task A_missing_or_impossible_year_or_an_unknown_payment_status_is_a_400_naming_the_field()
    {
        var officer = shared.CreateClient();

        Assert.NotEmpty((await (await officer.GetAsync(SubsidiesApi.Figures)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("year"));
        Assert.NotEmpty((await (await officer.GetAsync($"{SubsidiesApi.Figures}?year=1900")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("year"));
        Assert.NotEmpty((await (await officer.GetAsync($"{SubsidiesApi.Payments}?status=Lost")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("status"));
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> FiguresAsync(HttpClient client, int year) =>
        await (await client.GetAsync($"{SubsidiesApi.Figures}?year={year}")).ShouldBeAsync(HttpStatusCode.OK);
}
