using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;

namespace EduRelief.Host.Tests.Subsidies;

/// <summary>
/// A county of two townships on a Host of its own: three poor students (two in <see cref="Township"/>), a LivingSubsidy
/// batch for 2025-1 approved by a second person, and two outreach activities in 2025 (300 materials in
/// <see cref="Township"/>, 500 in <see cref="Other"/>). Call <see cref="ReconcileAsync"/> for the bank's answer:
/// A ¥500 and C ¥625 paid, B ¥250 failed.
/// </summary>
internal sealed record AidSeed(HttpClient Officer, HttpClient Staff, string Township, string Other, string Batch, Student A, Student B, Student C)
{
    public static async Task<AidSeed> CreateAsync(EduReliefApp app)
    {
        var officer = app.CreateClient();
        var (township, school) = await officer.TownshipWithSchoolAsync("Primary", "Rural");
        var (other, _) = await officer.TownshipWithSchoolAsync("Primary", "Rural");
        var elsewhere = await officer.SchoolAsync(other, "JuniorSecondary", "Rural");
        var a = await officer.RegisterAsync(school, true, "RegisteredPoorHousehold");
        var b = await officer.RegisterAsync(school, false, "Orphan");
        var c = await officer.RegisterAsync(elsewhere, true, "ExtremePoverty");
        var (staffA, staffB) = (app.Staff(), app.Staff());
        var batch = await staffA.CreateBatchAsync("LivingSubsidy", "2025-1");
        await (await staffB.ApproveAsync(batch)).ShouldBeAsync(HttpStatusCode.OK);
        await (await staffA.PostJsonAsync(SubsidiesApi.Outreach, new { date = "2025-05-20", townshipCode = township, kind = "政策宣讲会", participants = 120, materials = 300 })).ShouldBeAsync(HttpStatusCode.Created);
        await (await staffA.PostJsonAsync(SubsidiesApi.Outreach, new { date = "2025-06-01", townshipCode = other, kind = "发放明白纸", participants = 0, materials = 500 })).ShouldBeAsync(HttpStatusCode.Created);
        return new AidSeed(officer, staffA, township, other, batch, a, b, c);
    }

    public async Task ReconcileAsync() =>
        await (await Officer.ReconcileAsync(Batch, SubsidiesApi.Paid(A, 500m, "R1"), SubsidiesApi.Paid(C, 625m, "R2"), SubsidiesApi.Failed(B, 250m, "R3", "账户冻结"))).ShouldBeAsync(HttpStatusCode.OK);
}
