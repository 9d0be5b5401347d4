using System.Net;
using System.Text.Json.Nodes;
using EduRelief.Contracts.DropoutControl;
using EduRelief.Host.Tests.Access;
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

    [Theory]
    [InlineData("AidReferral", "ExclusionReview", PlanApi.SubsidiesReferrals, "ExportAidReferralsQuery", "转介事项", "复核不予资助")]
    [InlineData("VocationalRoute", null, PlanApi.VocationalReferrals, "ExportRouteReferralsQuery", "分流措施", "每周谈心一次，联系家长")]
    [InlineData("HomeDeliveredTeaching", null, PlanApi.SpecialNeedsReferrals, "ExportHomeTeachingReferralsQuery", "送教措施", "每周谈心一次，联系家长")]
    public async Task A_referral_list_exports_every_referral_of_its_filter_with_chinese_headers_masked_for_a_township_officer_and_audited(
        string kind, string? aidReview, string list, string action, string column, string value)
    {
        var (township, school) = await _officer.TownshipWithSchoolAsync();
        var (nationalId, opened) = await _officer.CaseAsync(school);
        await (await _officer.MeasureAsync(opened.Text("id"), kind, aidReview: aidReview, responsible: "乡长 李")).ShouldBeAsync(HttpStatusCode.Created);
        var (otherId, other) = await _officer.CaseAsync(school);
        await (await _officer.MeasureAsync(other.Text("id"), kind, aidReview: aidReview)).ShouldBeAsync(HttpStatusCode.Created);
        await Eventually.MatchAsync(() => _officer.ItemsAsync($"{list}?townshipCode={township}"), r => r.Count == 2, $"both referrals in {list}");
        var (local, userName) = app.CreateClientAs(Roles.TownshipOfficer, townships: [township]);

        // One a page, but the export ignores the page and writes both.
        var rows = await (await local.GetAsync($"{list}?townshipCode={township}&pageSize=1&format=csv")).CsvRowsAsync();

        var header = rows[0];
        Assert.Equal("身份证号", header[0]);
        Assert.Equal(3, rows.Count);
        var row = Assert.Single(rows.Skip(1), r => r[header.Column("案件编号")] == opened.Text("id"));
        Assert.Equal(nationalId[..6] + "********" + nationalId[14..], row[header.Column("身份证号")]);
        Assert.DoesNotContain(rows.Skip(1), r => r.Any(cell => cell.Contains(nationalId[6..14], StringComparison.Ordinal) || cell.Contains(otherId[6..14], StringComparison.Ordinal)));
        Assert.Equal(opened.Text("studentName"), row[header.Column("姓名")]);
        Assert.Equal(school, row[header.Column("学校代码")]);
        Assert.Equal("厌学或学习困难、经济困难", row[header.Column("辍学原因")]);
        Assert.Equal("乡长 李", row[header.Column("责任人")]);
        Assert.Equal(value, row[header.Column(column)]);
        Assert.Equal(SpecialNeedsApi.DaysAgo(-20), row[header.Column("完成期限")]);
        var xlsx = await (await local.GetAsync($"{list}?townshipCode={township}&format=xlsx")).XlsxRowsAsync();
        Assert.Equal(header, xlsx[0]);
        Assert.Equal(3, xlsx.Count);
        var entries = await app.CreateAdminClient().AuditEntriesAsync($"user={Uri.EscapeDataString(userName)}");
        Assert.Contains(entries, e => e.Text("action") == action && e.Text("records").Contains($"townshipCode={township}", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(PlanApi.SubsidiesReferrals)]
    [InlineData(PlanApi.VocationalReferrals)]
    [InlineData(PlanApi.SpecialNeedsReferrals)]
    public async Task A_referral_export_in_an_unknown_format_or_with_a_filter_the_list_refuses_is_a_problem_naming_the_field(string list)
    {
        var format = await (await _officer.GetAsync($"{list}?format=docx")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var nationalId = await (await _officer.GetAsync($"{list}?nationalId={new string('1', 19)}&format=csv")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var township = await (await _officer.GetAsync($"{list}?townshipCode={new string('T', 33)}&format=xlsx")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("csv", Assert.Single(format.FieldErrors("format")), StringComparison.Ordinal);
        Assert.NotEmpty(nationalId.FieldErrors("nationalId"));
        Assert.NotEmpty(township.FieldErrors("townshipCode"));
    }

    [Fact]
    public async Task An_aid_referral_export_with_an_unknown_review_is_a_problem_naming_review()
    {
        var problem = await (await _officer.GetAsync($"{PlanApi.SubsidiesReferrals}?review=Lottery&format=csv")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("Lottery", Assert.Single(problem.FieldErrors("review")), StringComparison.Ordinal);
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
