using EduRelief.BuildingBlocks.Csv;
using System.Globalization;
using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;

namespace EduRelief.Host.Tests.Subsidies;

/// <summary>A term's living subsidy from the registry to the bank and back, on a small county of the test's own.</summary>
[Collection(HostCollection.Name)]
public sealed class BatchFlowTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    private sealed record County(string Township, Student PrimaryBoarder, Student PrimaryDay, Student NoCategory, Student JuniorBoarder);

    private async Task<County> SmallCountyAsync()
    {
        var (township, primary) = await _officer.TownshipWithSchoolAsync("Primary", "Rural");
        var junior = await _officer.SchoolAsync(township, "JuniorSecondary", "Town");
        return new County(
            township,
            await _officer.RegisterAsync(primary, true, "RegisteredPoorHousehold"),
            await _officer.RegisterAsync(primary, false, "SubsistenceAllowance"),
            await _officer.RegisterAsync(primary, true),
            await _officer.RegisterAsync(junior, true, "ExtremePoverty"));
    }

    [Fact]
    public async Task A_draft_holds_each_eligible_student_with_the_amount_and_the_rule_that_gave_it()
    {
        var county = await SmallCountyAsync();
        var staffA = app.Staff();
        var term = $"{SubsidiesApi.NextYear()}-1";

        var response = await staffA.PostBatchAsync("LivingSubsidy", term);
        var created = await response.ShouldBeAsync(HttpStatusCode.Created);
        Assert.Equal("LivingSubsidy", created.Text("programmeCode"));
        Assert.Equal(term, created.Text("term"));
        Assert.Equal("Draft", created.Text("status"));
        Assert.Null(created["approvedBy"]);

        var lines = await staffA.LinesAsync(created.Text("id"));

        var boarder = lines.LineOf(county.PrimaryBoarder)!;
        Assert.Equal(500m, boarder.Money("amount"));
        Assert.Equal("Pending", boarder.Text("status"));
        Assert.Equal(county.PrimaryBoarder.Name, boarder.Text("name"));
        Assert.Equal(county.Township, boarder.Text("townshipCode"));
        // The rule is part of the record, written in the county's language whoever asked.
        Assert.Equal("义务教育阶段家庭经济困难学生：每学期 ¥500.00（小学，寄宿生）", boarder.Text("rule"));

        var day = lines.LineOf(county.PrimaryDay)!;
        Assert.Equal(250m, day.Money("amount"));
        Assert.Contains("（小学，非寄宿生）", day.Text("rule"), StringComparison.Ordinal);

        Assert.Null(lines.LineOf(county.NoCategory));
        Assert.Equal(625m, lines.LineOf(county.JuniorBoarder).Money("amount"));

        // Subsidies staff see masked IDs; the county officer the full ones.
        Assert.Contains("*", boarder.Text("nationalId"), StringComparison.Ordinal);
        Assert.Equal(county.PrimaryBoarder.NationalId, (await _officer.LineOfAsync(created.Text("id"), county.PrimaryBoarder)).Text("nationalId"));
    }

    [Fact]
    public async Task A_term_batch_goes_from_draft_to_approval_bank_file_reconciliation_and_a_reissue()
    {
        var county = await SmallCountyAsync();
        var (staffA, userA) = app.CreateClientAs(EduRelief.SharedKernel.Identity.Roles.ModuleStaff, modules: ["Subsidies"]);
        var (staffB, userB) = app.CreateClientAs(
            EduRelief.SharedKernel.Identity.Roles.ModuleStaff, modules: ["Subsidies"], permissions: [EduRelief.SharedKernel.Identity.EduReliefClaims.ApproveBatches]);
        var year = SubsidiesApi.NextYear();
        var term = $"{year}-2";
        var batch = await staffA.CreateBatchAsync("LivingSubsidy", term);

        // Staff exclude a student with a reason (by the full ID the relief office gave them).
        await (await staffA.ExcludeAsync(batch, county.PrimaryDay.NationalId, "家庭已脱贫，本人申请放弃")).ShouldBeAsync(HttpStatusCode.OK);
        var excluded = (await staffA.LineOfAsync(batch, county.PrimaryDay))!;
        Assert.Equal("Excluded", excluded.Text("status"));
        Assert.Equal("家庭已脱贫，本人申请放弃", excluded.Text("note"));

        var notInBatch = await staffA.ExcludeAsync(batch, county.NoCategory.NationalId, "not eligible");
        Assert.NotEmpty((await notInBatch.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("nationalId"));

        // Four eyes: the creator may not approve.
        var own = await staffA.ApproveAsync(batch);
        await own.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("Draft", (await staffA.GetBatchAsync(batch)).Text("status"));

        var approved = await (await staffB.ApproveAsync(batch)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal("Approved", approved.Text("status"));
        Assert.Equal(userA, approved.Text("createdBy"));
        Assert.Equal(userB, approved.Text("approvedBy"));

        var lines = await _officer.LinesAsync(batch);
        Assert.Equal("Approved", lines.LineOf(county.PrimaryBoarder).Text("status"));
        Assert.Equal("Excluded", lines.LineOf(county.PrimaryDay).Text("status"));

        // The bank file: exactly the approved lines, amounts with two decimals.
        var bankFile = await _officer.GetAsync($"{SubsidiesApi.Batches}/{batch}/bank-file");
        Assert.Equal(HttpStatusCode.OK, bankFile.StatusCode);
        Assert.Equal("text/csv", bankFile.Content.Headers.ContentType?.MediaType);
        var rows = (await bankFile.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("参考号,身份证号,学生姓名,开户人,开户银行,银行账号,金额", rows[0].TrimStart('\uFEFF').TrimEnd('\r'));
        var expected = lines.Where(l => l.Text("status") == "Approved")
            .Select(l => string.Join(',', l.Text("reference"), l.Text("nationalId"), CsvField.Escape(l.Text("name")), CsvField.Escape(l.Text("accountHolder")),
                CsvField.Escape(l.Text("bank")), l.Text("accountNumber"), l.Money("amount").ToString("0.00", CultureInfo.InvariantCulture)))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, rows.Skip(1).Select(r => r.TrimEnd('\r')).Order(StringComparer.Ordinal));
        var primary = lines.LineOf(county.PrimaryBoarder)!;
        Assert.Contains(rows, r => r.StartsWith($"{primary.Text("reference")},{county.PrimaryBoarder.NationalId},{county.PrimaryBoarder.Name},", StringComparison.Ordinal) && r.EndsWith(",500.00\r", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains($",{county.JuniorBoarder.NationalId},{county.JuniorBoarder.Name},", StringComparison.Ordinal) && r.EndsWith(",625.00\r", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Contains(county.PrimaryDay.NationalId, StringComparison.Ordinal));

        // The bank's result: one paid, found by the reference the bank file gave it; one failed, under the bank's own
        // reference, found by the national ID.
        var result = new[]
        {
            SubsidiesApi.Paid(county.PrimaryBoarder, 500m, primary.Text("reference")),
            SubsidiesApi.Failed(county.JuniorBoarder, 625m, "BK-0002", "账户已销户"),
        };
        var report = await (await staffA.ReconcileAsync(batch, result)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(1, report.Number("paid"));
        Assert.Equal(1, report.Number("failed"));
        Assert.Equal(0, report.Number("alreadyRecorded"));

        lines = await _officer.LinesAsync(batch);
        var paidLine = lines.LineOf(county.PrimaryBoarder)!;
        Assert.Equal("Paid", paidLine.Text("status"));
        Assert.Equal(primary.Text("reference"), paidLine.Text("bankReference"));
        var failedLine = lines.LineOf(county.JuniorBoarder)!;
        Assert.Equal("Failed", failedLine.Text("status"));
        Assert.Equal("账户已销户", failedLine.Text("note"));

        var payment = Assert.Single((await _officer.PaymentsOfAsync(county.PrimaryBoarder, "LivingSubsidy", term))["items"]!.AsArray())!;
        Assert.Equal("Paid", payment.Text("status"));
        Assert.Equal(primary.Text("reference"), payment.Text("bankReference"));
        Assert.Equal(500m, payment.Money("amount"));
        Assert.Equal(batch, payment.Text("batchId"));
        Assert.Empty((await _officer.PaymentsOfAsync(county.JuniorBoarder, "LivingSubsidy", term))["items"]!.AsArray());

        // The same file again: recorded already, nothing paid twice.
        var again = await (await staffA.ReconcileAsync(batch, result)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(2, again.Number("alreadyRecorded"));
        Assert.Equal(0, again.Number("paid"));
        Assert.Equal(0, again.Number("failed"));
        Assert.Equal(1, (await _officer.PaymentsOfAsync(county.PrimaryBoarder, "LivingSubsidy", term)).Number("total"));

        // A re-issue for the same programme and term takes the failed (and the excluded) student, not the paid one.
        var reissue = await staffA.CreateBatchAsync("LivingSubsidy", term);
        var reissued = await staffA.LinesAsync(reissue);
        Assert.Equal(625m, reissued.LineOf(county.JuniorBoarder).Money("amount"));
        Assert.Equal("Pending", reissued.LineOf(county.JuniorBoarder).Text("status"));
        Assert.Null(reissued.LineOf(county.PrimaryBoarder));

        // Coverage names the eligible students not paid in the year.
        var coverage = await _officer.CoverageAsync(year);
        var unpaid = coverage["unpaid"].Strings("name");
        Assert.Contains(county.PrimaryDay.Name, unpaid);
        Assert.Contains(county.JuniorBoarder.Name, unpaid);
        Assert.DoesNotContain(county.PrimaryBoarder.Name, unpaid);
        Assert.DoesNotContain(county.NoCategory.Name, unpaid);
        Assert.Equal(county.PrimaryDay.NationalId, coverage["unpaid"]!.AsArray().Single(u => u.Text("name") == county.PrimaryDay.Name).Text("nationalId"));
        Assert.True(coverage.Number("paid") >= 1);
    }

    [Fact]
    public async Task A_reissued_line_is_paid_once_and_the_student_has_one_award_for_the_term()
    {
        var county = await SmallCountyAsync();
        var staffA = app.Staff();
        var staffB = app.Staff();
        var term = $"{SubsidiesApi.NextYear()}-1";
        var first = await staffA.CreateBatchAsync("LivingSubsidy", term);
        await (await staffB.ApproveAsync(first)).ShouldBeAsync(HttpStatusCode.OK);
        await (await _officer.ReconcileAsync(first, SubsidiesApi.Failed(county.PrimaryBoarder, 500m, "BK-1", "卡号错误"))).ShouldBeAsync(HttpStatusCode.OK);

        var second = await staffA.CreateBatchAsync("LivingSubsidy", term);
        await (await staffB.ApproveAsync(second)).ShouldBeAsync(HttpStatusCode.OK);
        await (await _officer.ReconcileAsync(second, SubsidiesApi.Paid(county.PrimaryBoarder, 500m, "BK-2"))).ShouldBeAsync(HttpStatusCode.OK);

        // The first file again still counts as recorded, and changes nothing.
        var again = await (await _officer.ReconcileAsync(first, SubsidiesApi.Failed(county.PrimaryBoarder, 500m, "BK-1", "卡号错误"))).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(1, again.Number("alreadyRecorded"));

        var payments = (await _officer.PaymentsOfAsync(county.PrimaryBoarder, "LivingSubsidy", term))["items"]!.AsArray();
        var payment = Assert.Single(payments)!;
        Assert.Equal("Paid", payment.Text("status"));
        Assert.Equal(second, payment.Text("batchId"));
        Assert.Equal("BK-2", payment.Text("bankReference"));

        // A third batch for the term has no line for the paid student.
        var third = await staffA.CreateBatchAsync("LivingSubsidy", term);
        Assert.Null(await staffA.LineOfAsync(third, county.PrimaryBoarder));
    }
}
