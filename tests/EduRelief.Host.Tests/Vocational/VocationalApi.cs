using System.Net;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.SpecialNeeds;

namespace EduRelief.Host.Tests.Vocational;

/// <summary>Routes and request bodies the Vocational tests share. Dates are counted back from today (<see cref="SpecialNeedsApi.Today"/>), as the Host's clock is real.</summary>
internal static class VocationalApi
{
    public const string Root = "/api/vocational";
    public const string Specialties = Root + "/specialties";
    public const string Enrolments = Root + "/enrolments";
    public const string OrderClasses = Root + "/order-classes";
    public const string Internships = Root + "/internships";
    public const string Graduations = Root + "/graduations";
    public const string FollowUps = Root + "/follow-ups";
    public const string AdultCourses = Root + "/adult-courses";
    public const string AdultTrainees = Root + "/adult-trainees";
    public const string Figures = Root + "/figures";

    public static string DaysAgo(int days) => SpecialNeedsApi.DaysAgo(days);

    /// <summary>A township with a secondary vocational school of the Registry and one specialty there.</summary>
    public static async Task<(string Township, string School, string Specialty)> SchoolWithSpecialtyAsync(this HttpClient client)
    {
        var (township, school) = await client.TownshipWithSchoolAsync("SecondaryVocational", "Town");
        return (township, school, await client.SpecialtyAsync(school));
    }

    public static Task<HttpResponseMessage> PostSpecialtyAsync(this HttpClient client, string schoolCode, string? code = null) =>
        client.PostJsonAsync(Specialties, new { code = code ?? TestIds.Code("SP"), name = "电子商务", schoolCode });

    public static async Task<string> SpecialtyAsync(this HttpClient client, string schoolCode) =>
        (await (await client.PostSpecialtyAsync(schoolCode)).ShouldBeAsync(HttpStatusCode.Created)).Text("code");

    /// <summary>A Registry student (of a registered poor household unless <paramref name="poor"/> is false); returns the Registry id and the national ID.</summary>
    public static async Task<(string Id, string NationalId)> RegistryStudentAsync(this HttpClient client, string schoolCode, bool poor = true)
    {
        var nationalId = TestIds.NationalId(new DateOnly(2009, 4, 12));
        var id = await client.StudentAsync(schoolCode, nationalId, poor ? ["RegisteredPoorHousehold"] : []);
        return (id, nationalId);
    }

    public static Task<HttpResponseMessage> EnrolAsync(this HttpClient client, string nationalId, string specialtyCode, string? enrolledOn = null, string? orderClassCode = null) =>
        client.PostJsonAsync(Enrolments, new { nationalId, specialtyCode, enrolledOn = enrolledOn ?? DaysAgo(200), orderClassCode });

    /// <summary>A Registry student enrolled in the specialty (201); returns the Registry id, the national ID and the enrolment.</summary>
    public static async Task<(string StudentId, string NationalId, JsonNode Enrolment)> EnrolledAsync(
        this HttpClient client, string schoolCode, string specialtyCode, bool poor = true, string? enrolledOn = null, string? orderClassCode = null)
    {
        var (id, nationalId) = await client.RegistryStudentAsync(schoolCode, poor);
        var enrolment = await (await client.EnrolAsync(nationalId, specialtyCode, enrolledOn, orderClassCode)).ShouldBeAsync(HttpStatusCode.Created);
        return (id, nationalId, enrolment);
    }

    public static Task<HttpResponseMessage> PostOrderClassAsync(this HttpClient client, string code, string specialtyCode, int places, int? year = null, string employer = "县家政服务公司") =>
        client.PostJsonAsync(OrderClasses, new { code, specialtyCode, employer, places, year = year ?? SpecialNeedsApi.Today.Year });

    public static async Task<string> OrderClassAsync(this HttpClient client, string specialtyCode, int places, string employer = "县家政服务公司")
    {
        var code = TestIds.Code("OC");
        await (await client.PostOrderClassAsync(code, specialtyCode, places, employer: employer)).ShouldBeAsync(HttpStatusCode.Created);
        return code;
    }

    public static Task<HttpResponseMessage> PlaceAsync(this HttpClient client, string orderClassCode, string nationalId) =>
        client.PostJsonAsync($"{OrderClasses}/{orderClassCode}/students", new { nationalId });

    public static Task<HttpResponseMessage> GraduateAsync(this HttpClient client, string nationalId, string graduatedOn, string? outcome, string? employer = null, string? followUpOn = null) =>
        client.PostJsonAsync(Graduations, new { nationalId, graduatedOn, outcome, employer, followUpOn });

    public static Task<HttpResponseMessage> FollowUpAsync(this HttpClient client, string nationalId, string followUpOn, string outcome, string? employer = null) =>
        client.PostJsonAsync(FollowUps, new { nationalId, followUpOn, outcome, employer });

    public static Task<HttpResponseMessage> PostCourseAsync(this HttpClient client, string code, string townshipCode, string startsOn, string endsOn) =>
        client.PostJsonAsync(AdultCourses, new { code, name = "家政服务员培训", townshipCode, trade = "家政服务", startsOn, endsOn });

    public static Task<HttpResponseMessage> AdmitAsync(this HttpClient client, string courseCode, string nationalId, string? certificate = null) =>
        client.PostJsonAsync($"{AdultCourses}/{courseCode}/trainees", new { nationalId, name = "王大姐", certificate });

    /// <summary>The student's enrolments, as the list answers.</summary>
    public static Task<List<JsonNode>> EnrolmentsOfAsync(this HttpClient client, string nationalId) => client.ItemsAsync($"{Enrolments}?nationalId={nationalId}");
}
