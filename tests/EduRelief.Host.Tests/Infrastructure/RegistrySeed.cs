using System.Net;

namespace EduRelief.Host.Tests.Infrastructure;

/// <summary>Creates a township and a school through the API, with codes no other test uses.</summary>
public static class RegistrySeed
{
    public static async Task<(string TownshipCode, string SchoolCode)> TownshipWithSchoolAsync(
        this HttpClient client, string stage = "Primary", string location = "Rural")
    {
        var township = await client.TownshipAsync();
        var school = await client.SchoolAsync(township, stage, location);
        return (township, school);
    }

    public static async Task<string> TownshipAsync(this HttpClient client)
    {
        var township = TestIds.Code("T");
        (await client.PostJsonAsync("/api/registry/townships", new { code = township, name = "城关镇" + township })).EnsureSuccessStatusCode();
        return township;
    }

    public static async Task<string> SchoolAsync(this HttpClient client, string townshipCode, string stage = "Primary", string location = "Rural")
    {
        var school = TestIds.Code("S");
        var response = await client.PostJsonAsync("/api/registry/schools", new { code = school, name = "学校" + school, townshipCode, stage, location, classrooms = 12 });
        await response.ShouldBeAsync(HttpStatusCode.Created);
        return school;
    }

    /// <summary>Registers a student and returns its id.</summary>
    public static async Task<string> StudentAsync(this HttpClient client, string schoolCode, string? nationalId = null, string[]? categories = null, string? householdId = null)
    {
        var response = await client.PostJsonAsync("/api/registry/students", new
        {
            nationalId = nationalId ?? TestIds.NationalId(),
            name = "学生",
            schoolCode,
            grade = 3,
            boarding = true,
            householdId,
            categories = categories ?? [],
            leftBehind = false,
            enrolledOn = "2021-09-01",
            account = new { holder = "学生家长", bank = "农村信用社", number = TestIds.CardNumber() },
        });
        var body = await response.ShouldBeAsync(HttpStatusCode.Created);
        return body["id"]!.GetValue<string>();
    }
}
