using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;
using static EduRelief.Host.Tests.Registry.RegistryApi;

namespace EduRelief.Host.Tests.Access;

/// <summary>The audit log searched by day: the county's day (UTC+8), not the UTC date the entries are stored in.</summary>
[Collection(HostCollection.Name)]
public sealed class AuditCountyDayTests(CountyClockApp county) : IClassFixture<CountyClockApp>
{
    [Fact]
    public async Task An_audit_search_by_day_means_the_county_day()
    {
        county.SetCountyTime(2025, 3, 2, 7, 30);
        var (officer, userName) = county.Factory.CreateClientAs(Roles.CountyOfficer);
        var (_, schoolCode) = await officer.TownshipWithSchoolAsync();
        var id = await officer.StudentAsync(schoolCode);
        await (await officer.GetAsync($"{Students}/{id}/file")).ShouldBeAsync(HttpStatusCode.OK);
        using var auditor = county.Factory.CreateAdminClient();

        async Task<int> EntriesOnAsync(string day) =>
            (await (await auditor.GetAsync($"/api/access/audit?user={userName}&from={day}&to={day}")).ShouldBeAsync(HttpStatusCode.OK)).Number("total");

        // 07:30 in the county is 23:30 the day before in UTC.
        Assert.True(await EntriesOnAsync("2025-03-02") > 0);
        Assert.Equal(0, await EntriesOnAsync("2025-03-01"));
    }
}
