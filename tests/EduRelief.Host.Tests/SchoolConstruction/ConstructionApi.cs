using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Time;

namespace EduRelief.Host.Tests.SchoolConstruction;

/// <summary>Routes and request bodies the SchoolConstruction tests share. Dates are counted back from today, as the Host's clock is real.</summary>
internal static class ConstructionApi
{
    public const string Root = "/api/school-construction";
    public const string Buildings = Root + "/buildings";
    public const string Projects = Root + "/projects";
    public const string Spending = Root + "/spending";
    public const string Figures = Root + "/figures";
    public const string Facilities = Root + "/facilities";

    public static DateOnly Today => new CountyClock(TimeProvider.System, TimeZoneInfo.FindSystemTimeZoneById(CountyClock.DefaultTimeZone)).Today;

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DaysAgo(int days) => Day(Today.AddDays(-days));

    public static string Appraisals(string buildingId) => $"{Buildings}/{buildingId}/appraisals";

    public static string Building(string buildingId) => $"{Buildings}/{buildingId}";

    public static string Project(string code) => $"{Projects}/{code}";

    public static string Equipment(string schoolCode) => $"{Root}/schools/{schoolCode}/equipment";

    public static Task<HttpResponseMessage> PostBuildingAsync(this HttpClient client, string schoolCode, decimal floorArea = 1200m, int yearBuilt = 1995, string use = "Teaching") =>
        client.PostJsonAsync(Buildings, new { schoolCode, name = "教学楼" + TestIds.Code("B"), use, floorArea, yearBuilt, structure = "砖混" });

    /// <summary>Registers a building (201) and returns its id.</summary>
    public static async Task<string> BuildingAsync(this HttpClient client, string schoolCode, decimal floorArea = 1200m, int yearBuilt = 1995)
    {
        var response = await client.PostBuildingAsync(schoolCode, floorArea, yearBuilt);
        var building = await response.ShouldBeAsync(HttpStatusCode.Created);
        Assert.Equal(Building(building.Text("id")), response.Headers.Location?.OriginalString);
        return building.Text("id");
    }

    public static Task<HttpResponseMessage> PostAppraisalAsync(this HttpClient client, string buildingId, string appraisedOn, string grade, string? nextDueOn = null) =>
        client.PostJsonAsync(Appraisals(buildingId), new { appraisedOn, grade, appraisedBy = "县房屋安全鉴定站", reportNo = TestIds.Code("R"), nextDueOn });

    public static async Task AppraiseAsync(this HttpClient client, string buildingId, string appraisedOn, string grade) =>
        await (await client.PostAppraisalAsync(buildingId, appraisedOn, grade)).ShouldBeAsync(HttpStatusCode.Created);

    public static async Task<JsonNode> GetBuildingAsync(this HttpClient client, string buildingId) =>
        await (await client.GetAsync(Building(buildingId))).ShouldBeAsync(HttpStatusCode.OK);

    /// <summary>The ids of the buildings a list query answers.</summary>
    public static async Task<List<string>> BuildingIdsAsync(this HttpClient client, string query)
    {
        var page = await (await client.GetAsync($"{Buildings}?{query}&pageSize=500")).ShouldBeAsync(HttpStatusCode.OK);
        return page["items"]!.AsArray().Select(b => b.Text("id")).ToList();
    }

    public static Task<HttpResponseMessage> PostProjectAsync(
        this HttpClient client, string code, string schoolCode, string type = "NewBuild", object[]? budget = null, string[]? removesBuildingIds = null,
        int plannedSeats = 300, string plannedStart = "2025-03-01", string plannedEnd = "2025-12-31") =>
        client.PostJsonAsync(Projects, new
        {
            code,
            name = "项目" + code,
            schoolCode,
            type,
            budget = budget ?? [new { source = "Central", amount = 600_000m }, new { source = "County", amount = 400_000m }],
            plannedSeats,
            removesBuildingIds = removesBuildingIds ?? [],
            plannedStart,
            plannedEnd,
        });

    /// <summary>Plans a project (201) and returns its code.</summary>
    public static async Task<string> ProjectAsync(this HttpClient client, string schoolCode, string type = "NewBuild", object[]? budget = null, string[]? removesBuildingIds = null)
    {
        var code = TestIds.Code("P");
        var response = await client.PostProjectAsync(code, schoolCode, type, budget, removesBuildingIds);
        await response.ShouldBeAsync(HttpStatusCode.Created);
        Assert.Equal(Project(code), response.Headers.Location?.OriginalString);
        return code;
    }

    public static Task<HttpResponseMessage> MoveAsync(this HttpClient client, string code, string status, string on, int? actualSeats = null) =>
        client.PostJsonAsync($"{Project(code)}/status", new { status, on, actualSeats });

    /// <summary>Approved, under construction and completed on the given days with the actual seats.</summary>
    public static async Task CompleteAsync(this HttpClient client, string code, string approvedOn, string startedOn, string completedOn, int actualSeats)
    {
        await (await client.MoveAsync(code, "Approved", approvedOn)).ShouldBeAsync(HttpStatusCode.OK);
        await (await client.MoveAsync(code, "UnderConstruction", startedOn)).ShouldBeAsync(HttpStatusCode.OK);
        await (await client.MoveAsync(code, "Completed", completedOn, actualSeats)).ShouldBeAsync(HttpStatusCode.OK);
    }

    public static Task<HttpResponseMessage> SpendAsync(this HttpClient client, string code, decimal amount, string spentOn) =>
        client.PostJsonAsync($"{Project(code)}/spending", new { spentOn, amount, purpose = "主体工程" });

    public static async Task<JsonNode> GetProjectAsync(this HttpClient client, string code) =>
        await (await client.GetAsync(Project(code))).ShouldBeAsync(HttpStatusCode.OK);

    public static Task<HttpResponseMessage> PutEquipmentAsync(
        this HttpClient client, string schoolCode, string asOf, int classrooms, int multimediaClassrooms, int onlineClassrooms = 0, int labs = 2, int libraryVolumes = 5000) =>
        client.PutAsJsonAsync(Equipment(schoolCode), new { asOf, classrooms, multimediaClassrooms, labs, libraryVolumes, onlineClassrooms });

    public static decimal Decimal(this JsonNode? node, string property) => node![property]!.GetValue<decimal>();
}
