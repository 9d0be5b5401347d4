using System.Net;
using System.Text.Json.Nodes;
using EduRelief.Contracts.DropoutControl;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.SpecialNeeds;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Host.Tests.DropoutControl;

/// <summary>
/// A referral reaches the one module it is for, through DropoutControl's outbox and that module's inbox, exactly once:
/// a redelivered event (the same event id) and a re-sent one (a new id for the same measure) add nothing.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ReferralTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Theory]
    [InlineData("AidReferral", "ExclusionReview", PlanApi.SubsidiesReferrals)]
    [InlineData("VocationalRoute", null, PlanApi.VocationalReferrals)]
    [InlineData("HomeDeliveredTeaching", null, PlanApi.SpecialNeedsReferrals)]
    public async Task A_referral_arrives_in_its_module_once_however_often_it_is_delivered(string kind, string? aidReview, string list)
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var (nationalId, opened) = await _officer.CaseAsync(school);
        var measure = await (await _officer.MeasureAsync(opened.Text("id"), kind, aidReview: aidReview, responsible: "乡长 李")).ShouldBeAsync(HttpStatusCode.Created);

        var referral = Assert.Single(await Eventually.MatchAsync(
            () => _officer.ItemsAsync($"{list}?nationalId={nationalId}"), r => r.Count > 0, $"the {kind} in {list}"));
        var again = Referred(opened, measure, kind, aidReview, nationalId);
        await PublishAsync(again);
        await PublishAsync(again);
        await PublishAsync(again with { EventId = Guid.NewGuid() });

        Assert.Single(await _officer.ItemsAsync($"{list}?nationalId={nationalId}"));
        Assert.Equal(measure.Text("id"), referral.Text("measureId"));
        Assert.Equal(opened.Text("id"), referral.Text("caseId"));
        Assert.Equal("乡长 李", referral.Text("responsible"));
        Assert.Equal(["Learning", "Financial"], referral["reasons"]!.AsArray().Select(r => r!.GetValue<string>()));
        foreach (var other in new[] { PlanApi.SubsidiesReferrals, PlanApi.VocationalReferrals, PlanApi.SpecialNeedsReferrals }.Where(l => l != list))
        {
            Assert.Empty(await _officer.ItemsAsync($"{other}?nationalId={nationalId}"));
        }

        if (aidReview is not null)
        {
            Assert.Equal(aidReview, referral.Text("review"));
        }
    }

    [Fact]
    public async Task Referral_lists_are_scoped_and_masked_like_the_modules_other_lists()
    {
        var (township, school) = await _officer.TownshipWithSchoolAsync();
        var (nationalId, opened) = await _officer.CaseAsync(school);
        var id = opened.Text("id");
        await (await _officer.MeasureAsync(id, "AidReferral", aidReview: "Outreach")).ShouldBeAsync(HttpStatusCode.Created);
        await (await _officer.MeasureAsync(id, "VocationalRoute")).ShouldBeAsync(HttpStatusCode.Created);
        await (await _officer.MeasureAsync(id, "HomeDeliveredTeaching")).ShouldBeAsync(HttpStatusCode.Created);
        var lists = new[] { PlanApi.SubsidiesReferrals, PlanApi.VocationalReferrals, PlanApi.SpecialNeedsReferrals };
        foreach (var list in lists)
        {
            await Eventually.MatchAsync(() => _officer.ItemsAsync($"{list}?nationalId={nationalId}"), r => r.Count == 1, $"the referral in {list}");
        }

        var (elsewhere, _) = await _officer.TownshipWithSchoolAsync();
        var stranger = app.CreateClientAs(Roles.TownshipOfficer, townships: [elsewhere]).Client;
        var local = app.CreateClientAs(Roles.TownshipOfficer, townships: [township]).Client;
        foreach (var list in lists)
        {
            Assert.Empty(await stranger.ItemsAsync($"{list}?townshipCode={township}"));
            var seen = Assert.Single(await local.ItemsAsync($"{list}?townshipCode={township}"));
            Assert.Contains("********", seen.Text("nationalId"), StringComparison.Ordinal);
            Assert.Equal(nationalId, Assert.Single(await _officer.ItemsAsync($"{list}?townshipCode={township}")).Text("nationalId"));
        }

        await (await _officer.GetAsync($"{PlanApi.SubsidiesReferrals}?review=Lottery")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await _officer.GetAsync($"{PlanApi.VocationalReferrals}?pageSize=501")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Counselling_and_other_measures_stay_with_the_case()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var (nationalId, opened) = await _officer.CaseAsync(school);
        var id = opened.Text("id");
        await (await _officer.MeasureAsync(id, "Counselling")).ShouldBeAsync(HttpStatusCode.Created);
        await (await _officer.MeasureAsync(id, "Other")).ShouldBeAsync(HttpStatusCode.Created);
        // A referral planned after them shows the outbox has delivered what came before.
        await (await _officer.MeasureAsync(id, "VocationalRoute")).ShouldBeAsync(HttpStatusCode.Created);
        await Eventually.MatchAsync(() => _officer.ItemsAsync($"{PlanApi.VocationalReferrals}?nationalId={nationalId}"), r => r.Count == 1, "the vocational route");

        Assert.Single(await _officer.ItemsAsync($"{PlanApi.VocationalReferrals}?nationalId={nationalId}"));
        Assert.Empty(await _officer.ItemsAsync($"{PlanApi.SubsidiesReferrals}?nationalId={nationalId}"));
        Assert.Empty(await _officer.ItemsAsync($"{PlanApi.SpecialNeedsReferrals}?nationalId={nationalId}"));
    }

    private async Task PublishAsync(ReturnMeasureReferredIntegrationEvent referred)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(referred);
    }

    private static ReturnMeasureReferredIntegrationEvent Referred(JsonNode kase, JsonNode measure, string kind, string? aidReview, string nationalId) => new()
    {
        EventId = Guid.NewGuid(),
        OccurredAt = DateTimeOffset.UtcNow,
        MeasureId = Guid.Parse(measure.Text("id")),
        CaseId = Guid.Parse(kase.Text("id")),
        StudentId = Guid.Parse(kase.Text("studentId")),
        NationalId = nationalId,
        StudentName = kase.Text("studentName"),
        TownshipCode = kase.Text("townshipCode"),
        SchoolCode = kase.Text("schoolCode"),
        Kind = kind,
        AidReview = aidReview,
        Reasons = ["Learning", "Financial"],
        Description = "again",
        Responsible = "乡长 李",
        PlannedOn = SpecialNeedsApi.Today,
        DueOn = SpecialNeedsApi.Today,
    };
}
