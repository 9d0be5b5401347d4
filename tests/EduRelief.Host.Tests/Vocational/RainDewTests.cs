using System.Globalization;
using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.Subsidies;

namespace EduRelief.Host.Tests.Vocational;

/// <summary>
/// Rain-Dew (雨露计划) reached through Vocational's contract: a RainDew batch for a term lists the poor-household students
/// Vocational has enrolled in that term, and nobody else the Registry holds at a vocational school (ADR 0025).
/// </summary>
[Collection(HostCollection.Name)]
public sealed class RainDewTests(EduReliefApp app)
{
    private readonly HttpClient _county = app.CreateClient();

    [Fact]
    public async Task An_enrolled_poor_student_is_in_the_batch_approved_paid_and_the_grant_is_in_the_student_file()
    {
        var (_, school, specialty) = await _county.SchoolWithSpecialtyAsync();
        var (enrolledId, enrolled, _) = await _county.EnrolledAsync(school, specialty, enrolledOn: VocationalApi.DaysAgo(30));
        var (notPoorId, _, _) = await _county.EnrolledAsync(school, specialty, poor: false, enrolledOn: VocationalApi.DaysAgo(30));
        var (registeredOnlyId, _) = await _county.RegistryStudentAsync(school);
        var (graduatedId, graduated, _) = await _county.EnrolledAsync(school, specialty, enrolledOn: VocationalApi.DaysAgo(30));
        await (await _county.GraduateAsync(graduated, VocationalApi.DaysAgo(1), "NotEmployed")).ShouldBeAsync(HttpStatusCode.Created);
        var term = $"{SubsidiesApi.NextYear()}-1";

        var batch = await app.Staff().CreateBatchAsync("RainDew", term);

        var lines = await _county.LinesAsync(batch);
        var line = Assert.Single(lines, l => l.Text("studentId") == enrolledId);
        Assert.DoesNotContain(lines, l => l.Text("studentId") is var id && (id == notPoorId || id == registeredOnlyId || id == graduatedId));
        Assert.Equal(school, line.Text("schoolCode"));
        await (await app.Staff().ApproveAsync(batch)).ShouldBeAsync(HttpStatusCode.OK);
        var amount = line.Money("amount").ToString("0.00", CultureInfo.InvariantCulture);
        await (await _county.ReconcileAsync(batch, $"{enrolled},{amount},paid,BK-RD-{enrolledId[..8]},")).ShouldBeAsync(HttpStatusCode.OK);

        await Eventually.MatchAsync(() => _county.GetFileAsync(enrolledId), f => f.ToJsonString().Contains($"Rain-Dew grant {term}", StringComparison.Ordinal), "the Rain-Dew grant in the student file");
    }
}
