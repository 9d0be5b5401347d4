using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.Access;

/// <summary>
/// Audit entries are group-committed (many requests share one transaction): under concurrency none is lost, and
/// each response still comes after its own entry is stored.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class AuditUnderLoadTests(EduReliefApp app)
{
    [Fact]
    public async Task Two_hundred_concurrent_file_views_leave_exactly_two_hundred_audit_entries()
    {
        var county = app.CreateClient();
        var (_, school) = await county.TownshipWithSchoolAsync();
        var student = await county.StudentAsync(school);
        var (viewer, viewerName) = app.CreateClientAs(Roles.CountyOfficer);

        var views = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => viewer.GetAsync($"{RegistryApi.Students}/{student}/file")));

        Assert.All(views, v => Assert.Equal(HttpStatusCode.OK, v.StatusCode));
        // Read at once, without waiting: every 200 OK above was sent after its entry had committed.
        var page = await app.CreateAdminClient().AuditPageAsync($"user={Uri.EscapeDataString(viewerName)}&record={Uri.EscapeDataString(student)}&pageSize=500");
        Assert.Equal(200, page["total"]!.GetValue<int>());
        var items = page["items"]!.AsArray();
        Assert.Equal(200, items.Count);
        Assert.All(items, e => Assert.Equal("GetStudentFileQuery", e!["action"]!.GetValue<string>()));
        Assert.All(items, e => Assert.Equal("Succeeded", e!["outcome"]!.GetValue<string>()));
        Assert.Equal(200, items.Select(e => e!["id"]!.GetValue<long>()).Distinct().Count());
    }
}
