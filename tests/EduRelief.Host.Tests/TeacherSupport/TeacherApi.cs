using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Time;

namespace EduRelief.Host.Tests.TeacherSupport;

/// <summary>Routes and request bodies the TeacherSupport tests share. Dates are counted back from today, as the Host's clock is real.</summary>
internal static class TeacherApi
{
    public const string Root = "/api/teacher-support";
    public const string Teachers = Root + "/teachers";
    public const string Campaigns = Root + "/recruitment-campaigns";
    public const string Hires = Root + "/hires";
    public const string Courses = Root + "/courses";
    public const string Attendance = Root + "/attendance";
    public const string Tiers = Root + "/allowance-tiers";
    public const string Rolls = Root + "/allowance-rolls";
    public const string Payments = Root + "/allowance-payments";
    public const string TitlePreference = Root + "/title-preference";
    public const string Pairings = Root + "/pairings";
    public const string Activities = Root + "/pairing-activities";
    public const string Figures = Root + "/figures";
    public const string JobId = "teacher-support:allowance-roll";

    public static DateOnly Today => new CountyClock(TimeProvider.System, TimeZoneInfo.FindSystemTimeZoneById(CountyClock.DefaultTimeZone)).Today;

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DaysAgo(int days) => Day(Today.AddDays(-days));

    public static Task<HttpResponseMessage> PostTeacherAsync(this HttpClient client, string schoolCode, string? nationalId = null, string hiredOn = "2020-09-01", string name = "李老师", string staffing = "Established") =>
        client.PostJsonAsync(Teachers, new { nationalId = nationalId ?? TestIds.NationalId(new DateOnly(1990, 4, 2)), name, schoolCode, subject = "数学", title = "二级教师", hiredOn, staffing, specialPost = false });

    /// <summary>Adds a teacher (201) and returns the created teacher.</summary>
    public static async Task<JsonNode> TeacherAsync(this HttpClient client, string schoolCode, string? nationalId = null, string hiredOn = "2020-09-01")
    {
        var response = await client.PostTeacherAsync(schoolCode, nationalId, hiredOn);
        var teacher = await response.ShouldBeAsync(HttpStatusCode.Created);
        Assert.Equal($"{Teachers}/{teacher.Text("id")}", response.Headers.Location?.OriginalString);
        return teacher;
    }

    public static Task<HttpResponseMessage> MoveAsync(this HttpClient client, string teacherId, string schoolCode, string on) =>
        client.PostJsonAsync($"{Teachers}/{teacherId}/moves", new { schoolCode, on });

    public static Task<HttpResponseMessage> DepartAsync(this HttpClient client, string teacherId, string lastDay, string reason = "Retired") =>
        client.PostJsonAsync($"{Teachers}/{teacherId}/departure", new { lastDay, reason });

    public static async Task<JsonNode> GetTeacherAsync(this HttpClient client, string teacherId) =>
        await (await client.GetAsync($"{Teachers}/{teacherId}")).ShouldBeAsync(HttpStatusCode.OK);

    public static async Task<List<JsonNode>> ItemsAsync(this HttpClient client, string url)
    {
        var page = await (await client.GetAsync(url)).ShouldBeAsync(HttpStatusCode.OK);
        return page["items"]!.AsArray().Select(i => i!).ToList();
    }

    public static async Task<string> CampaignAsync(this HttpClient client, int year, params (string School, int Count)[] posts)
    {
        var code = TestIds.Code("RC");
        await (await client.PostJsonAsync(Campaigns, new { code, year, name = $"{year}年特岗教师招聘", posts = posts.Select(p => new { schoolCode = p.School, count = p.Count }).ToArray() }))
            .ShouldBeAsync(HttpStatusCode.Created);
        return code;
    }

    public static Task<HttpResponseMessage> HireAsync(this HttpClient client, string campaign, string schoolCode, string hiredOn, string? nationalId = null) =>
        client.PostJsonAsync($"{Campaigns}/{campaign}/hires", new { nationalId = nationalId ?? TestIds.NationalId(new DateOnly(1998, 7, 1)), name = "王老师", schoolCode, subject = "语文", hiredOn, specialPost = true });

    public static async Task<string> CourseAsync(this HttpClient client, string startsOn, string endsOn, string kind = "AllStaff")
    {
        var code = TestIds.Code("C");
        await (await client.PostJsonAsync(Courses, new { code, name = "培训" + code, kind, startsOn, endsOn, hours = 24.5m })).ShouldBeAsync(HttpStatusCode.Created);
        return code;
    }

    public static Task<HttpResponseMessage> AttendAsync(this HttpClient client, string course, params string[] nationalIds) =>
        client.PostJsonAsync($"{Courses}/{course}/attendance", new { nationalIds });

    /// <summary>A tier for named schools from a day.</summary>
    public static Task<HttpResponseMessage> PutSchoolTierAsync(this HttpClient client, string effectiveFrom, decimal monthly, params string[] schoolCodes) =>
        client.PutAsJsonAsync(Tiers, new { effectiveFrom, tiers = new object[] { new { schoolCodes, monthly } } });

    public static Task<HttpResponseMessage> ComputeAsync(this HttpClient client, string month) =>
        client.PostAsync($"{Rolls}/{month}/computation", null);

    public static Task<HttpResponseMessage> ApproveAsync(this HttpClient client, string month) =>
        client.PostAsync($"{Rolls}/{month}/approval", null);

    /// <summary>The month's roll lines of one school, keyed by teacher id, with the monthly amount.</summary>
    public static async Task<Dictionary<string, decimal>> LinesAsync(this HttpClient client, string month, string schoolCode)
    {
        var roll = await (await client.GetAsync($"{Rolls}?month={month}&schoolCode={schoolCode}&pageSize=500")).ShouldBeAsync(HttpStatusCode.OK);
        return roll["lines"]!["items"]!.AsArray().ToDictionary(l => l.Text("teacherId"), l => l!["monthly"]!.GetValue<decimal>());
    }

    public static async Task<string> PairAsync(this HttpClient client, string urban, string rural, string since)
    {
        var pairing = await (await client.PostJsonAsync(Pairings, new { urbanSchoolCode = urban, ruralSchoolCode = rural, since })).ShouldBeAsync(HttpStatusCode.Created);
        return pairing.Text("id");
    }

    public static Task<HttpResponseMessage> ActivityAsync(this HttpClient client, string pairing, string on, string kind = "TeachingResearch") =>
        client.PostJsonAsync($"{Pairings}/{pairing}/activities", new { on, kind, title = "同课异构", participants = 12 });

    public static Task<HttpResponseMessage> ExchangeAsync(this HttpClient client, string pairing, string nationalId, string from, string to, string startsOn, string endsOn) =>
        client.PostJsonAsync($"{Pairings}/{pairing}/exchanges", new { nationalId, from, to, startsOn, endsOn });
}
