using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.Security;

/// <summary>
/// A masked caller's age stands in for the birth date without giving it away over time: it is the age on the school
/// year's cut-off (31 August), so it does not change on the birthday for someone who looks every day.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class MaskedAgeTests(CountyClockApp county) : IClassFixture<CountyClockApp>
{
    [Fact]
    public async Task The_age_a_masked_caller_sees_changes_on_1_september_not_on_the_birthday()
    {
        county.SetCountyTime(2026, 10, 10, 12, 0);
        var officer = county.Factory.CreateClientAs(Roles.CountyOfficer).Client;
        var (_, school) = await officer.TownshipWithSchoolAsync();
        var student = await officer.StudentAsync(school, TestIds.NationalId(new DateOnly(2015, 10, 11)));

        var before = await AgeSeenAsync(student);
        county.SetCountyTime(2026, 10, 12, 12, 0);
        var afterBirthday = await AgeSeenAsync(student);
        county.SetCountyTime(2027, 9, 1, 12, 0);
        var nextSchoolYear = await AgeSeenAsync(student);

        Assert.Equal(10, before);
        Assert.Equal(10, afterBirthday);
        Assert.Equal(11, nextSchoolYear);
    }

    /// <summary>Signed in at the clock's time, as Subsidies staff (masked IDs).</summary>
    private async Task<int> AgeSeenAsync(string student)
    {
        var staff = county.Factory.CreateClientAs(Roles.ModuleStaff, modules: ["Subsidies"]).Client;
        var profile = await staff.GetStudentAsync(student);
        Assert.Null(profile["birthDate"]);
        return profile.Number("age");
    }
}
