using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Time;

namespace EduRelief.Host.Tests.SpecialNeeds;

/// <summary>Routes and request bodies the SpecialNeeds tests share. Dates are counted back from today, as the Host's clock is real.</summary>
internal static class SpecialNeedsApi
{
    public const string Root = "/api/special-needs";
    public const string Children = Root + "/children";
    public const string Mismatches = Children + "/mismatches";
    public const string Import = Root + "/imports/children";
    public const string Assessments = Root + "/assessments";
    public const string Plans = Root + "/plans";
    public const string Overdue = Plans + "/overdue";
    public const string Homes = Root + "/homes";
    public const string Activities = Root + "/activities";
    public const string Reached = Activities + "/participants";
    public const string Figures = Root + "/figures";
    public const string JobId = "special-needs:plan-review";

    /// <summary>Born 2015-03-05 (the test IDs' default): 11 on 1 September 2026, of school age for years to come.</summary>
    public static readonly DateOnly SchoolAgeBirth = new(2015, 3, 5);

    /// <summary>Today in the county, as the Host's <see cref="CountyClock"/> reads it from the system clock.</summary>
    public static DateOnly Today => new CountyClock(TimeProvider.System, TimeZoneInfo.FindSystemTimeZoneById(CountyClock.DefaultTimeZone)).Today;

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DaysAgo(int days) => Day(Today.AddDays(-days));

    public static Task<HttpResponseMessage> PostChildAsync(
        this HttpClient client, string townshipCode, string? nationalId = null, string category = "Hearing", int grade = 2, string? villageCode = null, string name = "小明") =>
        client.PostJsonAsync(Children, new
        {
            nationalId = nationalId ?? TestIds.NationalId(SchoolAgeBirth), name, townshipCode, villageCode, disabilityCategory = category, disabilityGrade = grade,
            guardian = "王父", source = "县残联 2026 年名单",
        });

    /// <summary>Puts a child on the register (201) and returns it.</summary>
    public static async Task<JsonNode> ChildAsync(this HttpClient client, string townshipCode, string? nationalId = null, string category = "Hearing", int grade = 2) =>
        await (await client.PostChildAsync(townshipCode, nationalId, category, grade)).ShouldBeAsync(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> AssessAsync(this HttpClient client, string nationalId, string? assessedOn = null, string recommendation = "RegularClass") =>
        client.PostJsonAsync(Assessments, new { nationalId, assessedOn = assessedOn ?? DaysAgo(400), category = "Hearing", grade = 2, body = "县残疾儿童教育专家委员会", recommendation });

    public static Task<HttpResponseMessage> PlanAsync(
        this HttpClient client, string nationalId, string mode, string? schoolCode, string startsOn, string? guardianConsentOn = "default", string? replacesPlanId = null, string? reviewOn = null) =>
        client.PostJsonAsync(Plans, new
        {
            nationalId, mode, schoolCode, teacher = "张老师", goals = "生活自理，识字 300 个", startsOn,
            reviewOn = reviewOn ?? Day(DateOnly.ParseExact(startsOn, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddMonths(6)),
            guardianConsentOn = guardianConsentOn == "default" ? startsOn : guardianConsentOn, replacesPlanId,
        });

    /// <summary>A child on the register, assessed, placed at the school in a school mode from <paramref name="startsOn"/>; returns the national ID and the plan.</summary>
    public static async Task<(string NationalId, JsonNode Plan)> PlacedChildAsync(this HttpClient client, string townshipCode, string schoolCode, string mode, string startsOn, string? nationalId = null)
    {
        nationalId ??= TestIds.NationalId(SchoolAgeBirth);
        await client.ChildAsync(townshipCode, nationalId);
        await (await client.AssessAsync(nationalId)).ShouldBeAsync(HttpStatusCode.Created);
        var plan = await (await client.PlanAsync(nationalId, mode, schoolCode, startsOn)).ShouldBeAsync(HttpStatusCode.Created);
        return (nationalId, plan);
    }

    public static Task<HttpResponseMessage> VisitAsync(this HttpClient client, string planId, string on, decimal hours = 2m) =>
        client.PostJsonAsync($"{Plans}/{planId}/visits", new { on, teacher = "李老师", hours, content = "语文识字、康复训练" });

    public static async Task<string> VillageAsync(this HttpClient client, string townshipCode)
    {
        var code = TestIds.Code("V");
        await (await client.PostJsonAsync("/api/registry/villages", new { code, name = "村" + code, townshipCode })).ShouldBeAsync(HttpStatusCode.Created);
        return code;
    }

    /// <summary>A Registry student with the left-behind flag and disability given; returns the national ID.</summary>
    public static async Task<string> RegistryStudentAsync(this HttpClient client, string schoolCode, bool leftBehind = false, string? disabilityCategory = null, int? disabilityGrade = null, string? nationalId = null)
    {
        nationalId ??= TestIds.NationalId(SchoolAgeBirth);
        var response = await client.PostJsonAsync("/api/registry/students", new
        {
            nationalId, name = "学生", schoolCode, grade = 3, boarding = false, categories = Array.Empty<string>(), leftBehind,
            disability = disabilityCategory is null ? null : new { category = disabilityCategory, grade = disabilityGrade },
            enrolledOn = "2021-09-01",
        });
        await response.ShouldBeAsync(HttpStatusCode.Created);
        return nationalId;
    }

    public static async Task<List<JsonNode>> ItemsAsync(this HttpClient client, string url)
    {
        var page = await (await client.GetAsync(url)).ShouldBeAsync(HttpStatusCode.OK);
        return page["items"]!.AsArray().Select(i => i!).ToList();
    }

    public static Task<HttpResponseMessage> HomeAsync(this HttpClient client, string code, string? schoolCode, string? villageCode = null, string? openedOn = null) =>
        client.PostJsonAsync(Homes, new { code, name = "留守儿童之家" + code, schoolCode, villageCode, counsellors = new[] { "赵老师", "钱老师" }, openedOn = openedOn ?? DaysAgo(300) });
}
