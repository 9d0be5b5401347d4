using System.Net;
using System.Text;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
#if POSTGRESQL
using Npgsql;
#else
using Microsoft.Data.Sqlite;
#endif

namespace EduRelief.Host.Tests.Subsidies;

/// <summary>One (student, programme, term) is paid at most once, whoever asks and however often.</summary>
[Collection(HostCollection.Name)]
public sealed class ExactlyOnceTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    private async Task<Student> PoorBoarderAsync()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync("Primary", "Rural");
        return await _officer.RegisterAsync(school, true, "RegisteredPoorHousehold");
    }

    [Fact]
    public async Task A_second_draft_for_the_same_programme_and_term_is_a_conflict()
    {
        var term = $"{SubsidiesApi.NextYear()}-1";
        await _officer.CreateBatchAsync("LivingSubsidy", term);

        var second = await app.Staff().PostBatchAsync("LivingSubsidy", term);

        Assert.NotEmpty((await second.ShouldBeProblemAsync(HttpStatusCode.Conflict)).FieldErrors("term"));

        // Another programme or term is not in the way.
        await _officer.CreateBatchAsync("LivingSubsidy", term[..5] + "2");
        await _officer.CreateBatchAsync("TextbookWaiver", term);
    }

    [Fact]
    public async Task Two_drafts_asked_for_at_the_same_time_make_one_draft()
    {
        await PoorBoarderAsync();
        var term = $"{SubsidiesApi.NextYear()}-1";
        using var a = app.Staff();
        using var b = app.Staff();

        var responses = await Task.WhenAll(a.PostBatchAsync("LivingSubsidy", term), b.PostBatchAsync("LivingSubsidy", term));

        var codes = responses.Select(r => r.StatusCode).Order().ToList();
        Assert.True(
            codes.SequenceEqual([HttpStatusCode.Created, HttpStatusCode.Conflict]),
            $"expected one 201 and one 409, got {string.Join(", ", codes.Select(c => (int)c))}");
    }

    [Fact]
    public async Task Only_a_draft_can_be_approved()
    {
        await PoorBoarderAsync();
        var term = $"{SubsidiesApi.NextYear()}-2";
        var batch = await app.Staff().CreateBatchAsync("LivingSubsidy", term);
        var approver = app.Staff();
        await (await approver.ApproveAsync(batch)).ShouldBeAsync(HttpStatusCode.OK);

        var again = await app.Staff().ApproveAsync(batch);

        Assert.NotEmpty((await again.ShouldBeProblemAsync(HttpStatusCode.Conflict)).FieldErrors("status"));

        // Nor changed or rebuilt once approved.
        var exclude = await approver.ExcludeAsync(batch, TestIds.NationalId(), "late");
        await exclude.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await approver.PostAsync($"{SubsidiesApi.Batches}/{batch}/rebuild", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Two_approvals_at_the_same_time_award_each_student_once()
    {
        var student = await PoorBoarderAsync();
        var term = $"{SubsidiesApi.NextYear()}-1";
        var batch = await app.Staff().CreateBatchAsync("LivingSubsidy", term);
        using var b = app.Staff();
        using var c = app.Staff();

        var responses = await Task.WhenAll(b.ApproveAsync(batch), c.ApproveAsync(batch));

        var codes = responses.Select(r => r.StatusCode).Order().ToList();
        Assert.True(
            codes.SequenceEqual([HttpStatusCode.OK, HttpStatusCode.Conflict]),
            $"expected one 200 and one 409, got {string.Join(", ", codes.Select(code => (int)code))}");
        await responses.Single(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(1, (await _officer.PaymentsOfAsync(student, "LivingSubsidy", term)).Number("total"));
        var lines = await _officer.LinesAsync(batch);
        Assert.All(lines.Where(l => l.Text("status") is not ("Excluded" or "NeedsAccount")), l => Assert.Equal("Approved", l.Text("status")));

        // Every line of the batch has exactly one award for the term.
        var awards = await (await _officer.GetAsync($"{SubsidiesApi.Payments}?programmeCode=LivingSubsidy&term={term}&pageSize=500")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(lines.Count(l => l.Text("status") == "Approved"), awards.Number("total"));
        Assert.Equal(awards.Number("total"), awards["items"]!.AsArray().Select(p => p.Text("studentId")).Distinct().Count());
    }

    [Fact]
    public async Task The_same_bank_file_sent_twice_at_once_is_recorded_once()
    {
        var student = await PoorBoarderAsync();
        var term = $"{SubsidiesApi.NextYear()}-1";
        var batch = await app.Staff().CreateBatchAsync("LivingSubsidy", term);
        await (await app.Staff().ApproveAsync(batch)).ShouldBeAsync(HttpStatusCode.OK);
        using var other = app.CreateClient();
        var row = SubsidiesApi.Paid(student, 500m, "BK-TWICE");

        var responses = await Task.WhenAll(_officer.ReconcileAsync(batch, row), other.ReconcileAsync(batch, row));

        var reports = await Task.WhenAll(responses.Select(r => r.ShouldBeAsync(HttpStatusCode.OK)));
        Assert.Equal([0, 1], reports.Select(r => r.Number("paid")).Order());
        Assert.Equal([0, 1], reports.Select(r => r.Number("alreadyRecorded")).Order());
        var award = Assert.Single((await _officer.PaymentsOfAsync(student, "LivingSubsidy", term))["items"]!.AsArray());
        Assert.Equal("Paid", award.Text("status"));
        Assert.Equal("BK-TWICE", award.Text("bankReference"));
    }

    [Fact]
    public async Task A_bank_file_naming_a_line_whose_award_was_removed_outside_the_system_is_refused_whole()
    {
        var gone = await PoorBoarderAsync();
        var kept = await PoorBoarderAsync();
        var term = $"{SubsidiesApi.NextYear()}-1";
        var batch = await app.Staff().CreateBatchAsync("LivingSubsidy", term);
        await (await app.Staff().ApproveAsync(batch)).ShouldBeAsync(HttpStatusCode.OK);
#if POSTGRESQL
        await using (var database = new NpgsqlConnection(app.ConnectionString))
        {
            await database.OpenAsync();
            await using var delete = database.CreateCommand();
            delete.CommandText = """DELETE FROM subsidies."Payments" WHERE "StudentId" = @student AND "Term" = @term""";
            delete.Parameters.AddWithValue("student", Guid.Parse(gone.Id));
            delete.Parameters.AddWithValue("term", term);
            Assert.Equal(1, await delete.ExecuteNonQueryAsync());
        }
#else
        await using (var database = new SqliteConnection($"Data Source={Path.Combine(app.DataDirectory, "subsidies.db")};Pooling=False"))
        {
            await database.OpenAsync();
            await using var delete = database.CreateCommand();
            delete.CommandText = "DELETE FROM Payments WHERE StudentId = $student AND Term = $term";
            delete.Parameters.AddWithValue("$student", gone.Id.ToUpperInvariant());
            delete.Parameters.AddWithValue("$term", term);
            Assert.Equal(1, await delete.ExecuteNonQueryAsync());
        }
#endif

        var response = await _officer.ReconcileAsync(batch, SubsidiesApi.Paid(kept, 500m, "BK-KEPT"), SubsidiesApi.Paid(gone, 500m, "BK-GONE"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains(problem.FieldErrors("batch"), m => m.Contains(gone.NationalId, StringComparison.Ordinal));
        var lines = await _officer.LinesAsync(batch);
        Assert.Equal("Approved", lines.LineOf(gone)!.Text("status"));
        Assert.Equal("Approved", lines.LineOf(kept)!.Text("status"));
        Assert.Equal("Reserved", Assert.Single((await _officer.PaymentsOfAsync(kept, "LivingSubsidy", term))["items"]!.AsArray())!.Text("status"));
    }

    [Fact]
    public async Task A_student_in_an_open_draft_is_not_awarded_again_by_another_draft_approved_first()
    {
        // Two batches of the same term can exist (a re-issue after an approved one); approval of the later
        // one must not award anyone the earlier approval already covers.
        var student = await PoorBoarderAsync();
        var term = $"{SubsidiesApi.NextYear()}-2";
        var first = await app.Staff().CreateBatchAsync("LivingSubsidy", term);
        await (await app.Staff().ApproveAsync(first)).ShouldBeAsync(HttpStatusCode.OK);
        var latecomer = await _officer.RegisterAsync((await _officer.TownshipWithSchoolAsync()).SchoolCode, true, "Orphan");

        var second = await app.Staff().CreateBatchAsync("LivingSubsidy", term);
        var lines = await _officer.LinesAsync(second);
        Assert.Null(lines.LineOf(student));
        Assert.Equal("Pending", lines.LineOf(latecomer).Text("status"));
        await (await app.Staff().ApproveAsync(second)).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal(1, (await _officer.PaymentsOfAsync(student, "LivingSubsidy", term)).Number("total"));
        Assert.Equal(1, (await _officer.PaymentsOfAsync(latecomer, "LivingSubsidy", term)).Number("total"));
    }

    [Fact]
    public async Task A_bank_file_with_a_bad_row_is_refused_whole_with_every_row_named()
    {
        var student = await PoorBoarderAsync();
        var other = await PoorBoarderAsync();
        var term = $"{SubsidiesApi.NextYear()}-1";
        var batch = await app.Staff().CreateBatchAsync("LivingSubsidy", term);
        await (await app.Staff().ApproveAsync(batch)).ShouldBeAsync(HttpStatusCode.OK);
        var stranger = TestIds.NationalId();

        var response = await _officer.ReconcileAsync(
            batch,
            SubsidiesApi.Paid(student, 500m, "BK-1"),           // line 2: good, must not be applied
            $"{stranger},500.00,paid,BK-2,",                    // line 3: not in the batch
            SubsidiesApi.Paid(other, 499.99m, "BK-3"),          // line 4: amount differs
            SubsidiesApi.Paid(student, 500m, "BK-4"));          // line 5: the same student again

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var report = problem["report"]!;
        Assert.False(report.Flag("stored"));
        var errors = report["errors"]!.AsArray();
        Assert.Contains(errors, e => e.Number("line") == 3 && e.Text("field") == "national_id");
        Assert.Contains(errors, e => e.Number("line") == 4 && e.Text("field") == "amount");
        Assert.Contains(errors, e => e.Number("line") == 5 && e.Text("field") == "national_id" && e.Text("message").Contains("line 2", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Number("line") == 2);

        // Nothing applied.
        Assert.Equal("Approved", (await _officer.LineOfAsync(batch, student)).Text("status"));
        Assert.Equal("Reserved", (await _officer.PaymentsOfAsync(student, "LivingSubsidy", term))["items"]![0].Text("status"));
    }

    [Fact]
    public async Task A_bank_file_that_cannot_be_read_is_refused_naming_the_file_or_header()
    {
        var student = await PoorBoarderAsync();
        var batch = await app.Staff().CreateBatchAsync("LivingSubsidy", $"{SubsidiesApi.NextYear()}-1");
        var url = $"{SubsidiesApi.Batches}/{batch}/reconcile";

        // Before approval there is nothing to reconcile.
        await (await _officer.ReconcileAsync(batch, SubsidiesApi.Paid(student, 500m, "BK-0"))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await app.Staff().ApproveAsync(batch)).ShouldBeAsync(HttpStatusCode.OK);

        // Bytes that are text in neither UTF-8 nor GB18030 (0xFF starts no character in either).
        var garbled = Encoding.ASCII.GetBytes($"{SubsidiesApi.BankResultHeader}\n{student.NationalId},500.00,failed,BK-1,")
            .Concat(new byte[] { 0xFF, 0xFF, 0xC8, 0xFD, (byte)'\n' }).ToArray();
        var unreadable = await _officer.PostCsvBytesAsync(url, garbled);
        Assert.NotEmpty((await unreadable.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("file"));

        var noReference = await _officer.PostCsvAsync(url, $"national_id,amount,status\n{student.NationalId},500.00,paid\n");
        var header = (await noReference.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("header");
        Assert.Contains(header, m => m.Contains("reference", StringComparison.Ordinal));

        var empty = await _officer.PostCsvAsync(url, string.Empty);
        Assert.NotEmpty((await empty.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("file"));

        var json = await _officer.PostJsonAsync(url, new { nationalId = student.NationalId, status = "paid" });
        await json.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);

        var badStatus = await _officer.ReconcileAsync(batch, $"{student.NationalId},500.00,maybe,BK-9,");
        var report = (await badStatus.ShouldBeProblemAsync(HttpStatusCode.BadRequest))["report"]!;
        Assert.Contains(report["errors"]!.AsArray(), e => e.Number("line") == 2 && e.Text("field") == "status");

        // A good file with a UTF-8 BOM still goes through afterwards.
        var good = await _officer.PostCsvAsync(url, $"{SubsidiesApi.BankResultHeader}\n{SubsidiesApi.Paid(student, 500m, "BK-OK")}\n", withBom: true);
        Assert.Equal(1, (await good.ShouldBeAsync(HttpStatusCode.OK)).Number("paid"));
    }

    [Fact]
    public async Task A_paid_line_cannot_be_turned_into_a_failure_by_a_later_file()
    {
        var student = await PoorBoarderAsync();
        var term = $"{SubsidiesApi.NextYear()}-2";
        var batch = await app.Staff().CreateBatchAsync("LivingSubsidy", term);
        await (await app.Staff().ApproveAsync(batch)).ShouldBeAsync(HttpStatusCode.OK);
        await (await _officer.ReconcileAsync(batch, SubsidiesApi.Paid(student, 500m, "BK-1"))).ShouldBeAsync(HttpStatusCode.OK);

        var contrary = await _officer.ReconcileAsync(batch, SubsidiesApi.Failed(student, 500m, "BK-1", "退票"));

        var report = (await contrary.ShouldBeProblemAsync(HttpStatusCode.BadRequest))["report"]!;
        Assert.Contains(report["errors"]!.AsArray(), e => e.Text("field") == "status");
        var payment = (await _officer.PaymentsOfAsync(student, "LivingSubsidy", term))["items"]![0]!;
        Assert.Equal("Paid", payment.Text("status"));
    }
}
