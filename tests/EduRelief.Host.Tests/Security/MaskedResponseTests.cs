using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Access;
using EduRelief.Host.Tests.DropoutControl;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.SpecialNeeds;
using EduRelief.Host.Tests.Subsidies;
using EduRelief.Host.Tests.Vocational;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static EduRelief.Host.Tests.Registry.RegistryApi;

namespace EduRelief.Host.Tests.Security;

/// <summary>
/// A caller who may not see full national IDs receives nothing that rebuilds one. The masked digits 7–14 are the
/// birth date, so no response of any GET route carries it (in any form); the age in whole years stands in for it and
/// leaves several IDs consistent with everything the caller saw. (The order of list items: <see cref="ListOrderTests"/>.)
/// </summary>
[Collection(HostCollection.Name)]
public sealed class MaskedResponseTests(EduReliefApp app)
{
    private readonly HttpClient _county = app.CreateClient();

    /// <summary>GET routes that carry no student: nothing on them can rebuild an ID.</summary>
    private static readonly HashSet<string> Exempt = new(StringComparer.Ordinal)
    {
        "/api/access/me",
        // The work summary is counts, sums and rates only; the records behind them are the modules' own lists.
        "/api/reporting/summary",
        // A year's lock: who locked it and the summary's counts, no one's record.
        "/api/reporting/years/{year:int}",
        // The summary template: the county's sentences around the figures, no one's record.
        "/api/reporting/templates",
        "/api/reporting/templates/current",
        "/api/reporting/templates/{version:int}",
        "/reporting/template",
        "/reporting",
        "/reporting/document",
        "/api/access/users",
        "/api/access/users/{userName}",
        "/api/admin/modules",
        "/api/admin/jobs",
        "/api/registry/townships",
        "/api/registry/villages/{code}",
        "/api/registry/schools",
        "/api/subsidies/programmes",
        "/api/subsidies/outreach",
        "/openapi/{documentName}.json",
        "/",
        "/login",
        "/language/{tag}",
        "/_framework/opaque-redirect",
        "/{**path:file}",
        // The console's administration pages: users and their scope (as /api/access/users), modules and jobs.
        // Console pages with no student on them: an empty form, the county's places, an upload, the catalogue,
        // outreach events, batch summaries.
        "/registry/students/new",
        "/registry/places",
        "/registry/imports",
        "/subsidies/programmes",
        "/subsidies/outreach",
        "/subsidies/batches",
        "/api/subsidies/batches",
        // The year's identification and aid figures are counts and sums; the students behind them are in
        // /api/registry/students and /payments, crawled above.
        "/api/registry/figures",
        // The year's aid figures are sums and counts; the students behind them are in /payments, crawled above.
        "/api/subsidies/figures",
        "/subsidies/figures",
        "/access/users",
        "/admin/modules",
        "/admin/jobs",
        // School construction: buildings, appraisals, projects, spending, equipment and the ledger are about schools,
        // not children; its console pages show the same.
        "/api/school-construction/buildings",
        "/api/school-construction/buildings/{id:guid}",
        "/api/school-construction/projects",
        "/api/school-construction/projects/{code}",
        "/api/school-construction/spending",
        "/api/school-construction/facilities",
        "/api/school-construction/figures",
        "/school-construction/buildings",
        "/school-construction/projects",
        "/school-construction/figures",
        "/school-construction/spending",
        "/school-construction/facilities",
        // Teacher support: teachers, hires, courses, rolls and pairings are about teachers (adults) and schools, not
        // children; a teacher's national ID is masked for these callers as a student's is (TeacherMaskingTests).
        "/api/teacher-support/teachers",
        "/api/teacher-support/teachers/{id:guid}",
        "/api/teacher-support/recruitment-campaigns/{code}",
        "/api/teacher-support/hires",
        "/api/teacher-support/courses",
        "/api/teacher-support/attendance",
        "/api/teacher-support/allowance-tiers",
        "/api/teacher-support/allowance-rolls",
        "/api/teacher-support/allowance-payments",
        "/api/teacher-support/title-preference",
        "/api/teacher-support/pairings",
        "/api/teacher-support/pairing-activities",
        "/api/teacher-support/figures",
        "/teacher-support/teachers",
        "/teacher-support/teachers/new",
        "/teacher-support/training",
        "/teacher-support/allowance",
        "/teacher-support/figures",
        // Special needs: the plan form is empty until filled in; the register import is an upload, as /registry/imports.
        "/special-needs/plans/new",
        "/special-needs/imports",
        // Vocational: specialties, order-based classes and adult courses are about the school and its employers; their
        // students and trainees are crawled on the lists that carry them.
        "/api/vocational/specialties",
        "/api/vocational/order-classes",
        "/api/vocational/adult-courses",
        "/vocational/enrolments/new",
        "/vocational/adult-courses",
        "/vocational/order-classes",
        // Dropout control: dynamic zero is counts per township; the case form is empty until filled in.
        "/api/dropout-control/dynamic-zero",
        "/dropout-control/dynamic-zero",
        "/dropout-control/cases/new",
        // The audit page shows ListAuditEntries' answer, the same as /api/access/audit, which is crawled above.
        "/access/audit",
        // The API reference (Scalar): its page and scripts, and the OpenAPI document it reads; no one's data.
        "/scalar/{documentName?}",
        "/scalar/scalar.js",
        "/scalar/scalar.aspnetcore.js",
        "/scalar/favicon.svg",
    };

    private sealed record Seeded(string Township, string School, string StudentId, string NationalId, DateOnly BirthDate, string BatchId, int Year, string ChildId, string PlanId, string CaseId, string EnrolmentId, string Course);

    [Fact]
    public async Task No_response_of_any_get_route_lets_a_masked_caller_rebuild_a_national_id()
    {
        var seeded = await SeedAsync();
        var callers = new (string Who, HttpClient Client)[]
        {
            ("ModuleStaff", app.Staff()),
            ("TownshipOfficer", app.CreateClientAs(Roles.TownshipOfficer, townships: [seeded[0].Township]).Client),
            ("SchoolStaff", app.CreateClientAs(Roles.SchoolStaff, schools: [seeded[0].School]).Client),
            ("Auditor", app.CreateClientAs(Roles.Auditor).Client),
        };
        var today = app.Services.GetRequiredService<CountyClock>().Today;

        foreach (var (who, client) in callers)
        {
            var seen = new List<string>();
            foreach (var (_, url) in Urls(seeded))
            {
                seen.AddRange(await StringsOfAsync(client, url));
            }

            foreach (var student in seeded)
            {
                var context = $"{who}, student born {student.BirthDate:yyyy-MM-dd}";
                Assert.DoesNotContain(seen, s => s.Contains(student.NationalId[..17], StringComparison.Ordinal));
                foreach (var form in DateForms(student.BirthDate))
                {
                    Assert.False(seen.Any(s => s.Contains(form, StringComparison.Ordinal)), $"{context}: the birth date appears as '{form}'");
                }

                var profile = await client.GetStudentAsync(student.StudentId);
                Assert.Null(profile["birthDate"]);
                var age = profile.Number("age");
                Assert.Equal(AgeOn(student.BirthDate, today), age);
                var masked = profile.Text("nationalId");
                Assert.True(Candidates(masked, age, profile.Text("sex") == "Male", today) > 1, $"{context}: the masked ID {masked} with age {age} singles out one ID");
            }
        }
    }

    [Fact]
    public void Every_get_route_is_crawled_or_named_as_carrying_no_student()
    {
        var checkedRoutes = Urls(null).Select(u => u.Pattern).ToHashSet(StringComparer.Ordinal);

        var unknown = GetRoutes().Where(p => !checkedRoutes.Contains(p) && !Exempt.Contains(p)).ToList();

        Assert.True(unknown.Count == 0, "GET routes neither crawled for rebuildable IDs nor exempt: " + string.Join(", ", unknown));
    }

    [Fact]
    public async Task A_caller_who_may_see_full_ids_keeps_the_birth_date_and_gets_the_age_too()
    {
        var (_, school) = await _county.TownshipWithSchoolAsync();
        var born = new DateOnly(2013, 6, 14);
        var student = await _county.StudentAsync(school, TestIds.NationalId(born));

        var profile = await _county.GetStudentAsync(student);

        Assert.Equal("2013-06-14", profile.Text("birthDate"));
        Assert.Equal(AgeOn(born, app.Services.GetRequiredService<CountyClock>().Today), profile.Number("age"));
    }

    /// <summary>Every GET route pattern the Host maps.</summary>
    private List<string> GetRoutes() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(HttpMethods.Get) == true)
            // The console's scripts and styles: files of the build, no one's data.
            .Where(e => !e.Metadata.Any(m => m.GetType().FullName == "Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor"))
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct()
            .ToList();

    /// <summary>The crawled routes and, for a seeded county, the URLs that reach its students on each.</summary>
    private static IEnumerable<(string Pattern, string Url)> Urls(List<Seeded>? seeded)
    {
        var s = seeded?[0];
        yield return ("/api/registry/students", $"{Students}?schoolCode={s?.School}&pageSize=500");
        yield return ("/api/registry/students/{id:guid}", $"{Students}/{s?.StudentId}");
        yield return ("/api/registry/students/{id:guid}/file", $"{Students}/{s?.StudentId}/file");
        yield return ("/api/registry/townships/{code}", $"{Townships}/{s?.Township}");
        yield return ("/api/registry/schools/{code}", $"{Schools}/{s?.School}");
        yield return ("/api/subsidies/batches/{id:guid}", $"{SubsidiesApi.Batches}/{s?.BatchId}?page=1&pageSize=500");
        yield return ("/api/subsidies/batches/{id:guid}/bank-file", $"{SubsidiesApi.Batches}/{s?.BatchId}/bank-file");
        yield return ("/api/subsidies/payments", $"{SubsidiesApi.Payments}?year={s?.Year}&pageSize=500");
        yield return ("/api/subsidies/coverage", $"{SubsidiesApi.Coverage}?year={s?.Year}&programme=LivingSubsidy");
        yield return ("/api/access/audit", $"{AccessApi.Audit}?pageSize=500");
        // The console's pages, rendered on the server with their data (bearer tokens open them too).
        yield return ("/registry/students", $"/registry/students?schoolCode={s?.School}");
        yield return ("/registry/students/{Id:guid}/file", $"/registry/students/{s?.StudentId}/file");
        yield return ("/registry/students/{Id:guid}/edit", $"/registry/students/{s?.StudentId}/edit");
        yield return ("/subsidies/batches/{Id:guid}", $"/subsidies/batches/{s?.BatchId}");
        yield return ("/subsidies/coverage", $"/subsidies/coverage?year={s?.Year}&programme=LivingSubsidy");
        yield return ("/subsidies/payments", "/subsidies/payments");
        yield return ("/api/special-needs/children", $"{SpecialNeedsApi.Children}?townshipCode={s?.Township}&pageSize=500");
        yield return ("/api/special-needs/children/{id:guid}", $"{SpecialNeedsApi.Children}/{s?.ChildId}");
        yield return ("/api/special-needs/children/mismatches", $"{SpecialNeedsApi.Mismatches}?pageSize=500");
        yield return ("/api/special-needs/plans", $"{SpecialNeedsApi.Plans}?townshipCode={s?.Township}&pageSize=500");
        yield return ("/api/special-needs/plans/{id:guid}", $"{SpecialNeedsApi.Plans}/{s?.PlanId}");
        yield return ("/api/special-needs/plans/{id:guid}/visits", $"{SpecialNeedsApi.Plans}/{s?.PlanId}/visits");
        yield return ("/api/special-needs/plans/overdue", $"{SpecialNeedsApi.Overdue}?pageSize=500");
        yield return ("/api/special-needs/homes", $"{SpecialNeedsApi.Homes}?townshipCode={s?.Township}");
        yield return ("/api/special-needs/homes/{code}", $"{SpecialNeedsApi.Homes}/H-{s?.School}");
        yield return ("/api/special-needs/activities", $"{SpecialNeedsApi.Activities}?homeCode=H-{s?.School}");
        yield return ("/api/special-needs/activities/participants", $"{SpecialNeedsApi.Reached}?year={s?.Year}");
        yield return ("/api/special-needs/figures", $"{SpecialNeedsApi.Figures}?year={s?.Year}");
        yield return ("/api/dropout-control/cases", $"{DropoutControlApi.Cases}?townshipCode={s?.Township}&pageSize=500");
        yield return ("/api/dropout-control/cases/{id:guid}", $"{DropoutControlApi.Cases}/{s?.CaseId}");
        yield return ("/api/dropout-control/figures", $"{DropoutControlApi.Root}/figures?year={SpecialNeedsApi.Today.Year}");
        yield return ("/api/dropout-control/cases/{id:guid}/plan", $"{DropoutControlApi.Cases}/{s?.CaseId}/plan");
        yield return ("/api/subsidies/referrals", $"{PlanApi.SubsidiesReferrals}?townshipCode={s?.Township}&pageSize=500");
        yield return ("/api/vocational/referrals", $"{PlanApi.VocationalReferrals}?townshipCode={s?.Township}&pageSize=500");
        yield return ("/api/special-needs/referrals", $"{PlanApi.SpecialNeedsReferrals}?townshipCode={s?.Township}&pageSize=500");
        foreach (var list in new[] { PlanApi.SubsidiesReferrals, PlanApi.VocationalReferrals, PlanApi.SpecialNeedsReferrals })
        {
            yield return (list, $"{list}?townshipCode={s?.Township}&format=csv");
        }

        yield return ("/subsidies/referrals", $"/subsidies/referrals?townshipCode={s?.Township}");
        yield return ("/vocational/referrals", $"/vocational/referrals?townshipCode={s?.Township}");
        yield return ("/special-needs/referrals", $"/special-needs/referrals?townshipCode={s?.Township}");
        yield return ("/dropout-control/cases", $"/dropout-control/cases?townshipCode={s?.Township}");
        yield return ("/dropout-control/cases/{Id:guid}", $"/dropout-control/cases/{s?.CaseId}");
        yield return ("/dropout-control/figures", "/dropout-control/figures");
        yield return ("/api/dropout-control/risk", $"{RiskApi.Risk}?schoolCode={s?.School}&pageSize=500");
        yield return ("/dropout-control/risk", $"/dropout-control/risk?schoolCode={s?.School}");
        yield return ("/api/dropout-control/figures/records", $"{DropoutControlApi.Root}/figures/records?year={SpecialNeedsApi.Today.Year}&figure=EnrolledAtStart&pageSize=500");
        yield return ("/api/reporting/figures/{key}/records", $"/api/reporting/figures/identifiedPoorStudents/records?year={SpecialNeedsApi.Today.Year}&pageSize=500");
        yield return ("/reporting/figures/{Key}", $"/reporting/figures/identifiedPoorStudents?year={SpecialNeedsApi.Today.Year}");
        yield return ("/special-needs/children", $"/special-needs/children?townshipCode={s?.Township}");
        yield return ("/special-needs/figures", "/special-needs/figures");
        yield return ("/special-needs/mismatches", "/special-needs/mismatches");
        yield return ("/api/vocational/enrolments", $"{VocationalApi.Enrolments}?pageSize=500&nationalId={s?.NationalId}");
        yield return ("/api/vocational/enrolments/{id:guid}", $"{VocationalApi.Enrolments}/{s?.EnrolmentId}");
        yield return ("/api/vocational/internships", $"{VocationalApi.Internships}?nationalId={s?.NationalId}");
        yield return ("/api/vocational/adult-courses/{code}/trainees", $"{VocationalApi.AdultCourses}/{s?.Course}/trainees");
        yield return ("/api/vocational/adult-trainees", $"{VocationalApi.AdultTrainees}?year={SpecialNeedsApi.Today.Year}&pageSize=500");
        yield return ("/api/vocational/figures", $"{VocationalApi.Figures}?year={SpecialNeedsApi.Today.Year}");
        yield return ("/vocational/enrolments", $"/vocational/enrolments?enrolledIn={SpecialNeedsApi.Today.Year}");
        yield return ("/vocational/figures", "/vocational/figures");
        yield return ("/vocational/adult-trainees", $"/vocational/adult-trainees?courseCode={s?.Course}");
        foreach (var student in seeded?.Skip(1) ?? [])
        {
            yield return ("/api/registry/students/{id:guid}", $"{Students}/{student.StudentId}");
            yield return ("/api/registry/students/{id:guid}/file", $"{Students}/{student.StudentId}/file");
            yield return ("/api/subsidies/payments", $"{SubsidiesApi.Payments}?nationalId={student.NationalId}");
        }
    }

    /// <summary>A small county of the test's own: students born on unusual dates, changed, in an approved batch, one paid.</summary>
    private async Task<List<Seeded>> SeedAsync()
    {
        var (township, school) = await _county.TownshipWithSchoolAsync();
        var year = SubsidiesApi.NextYear();
        var births = new[] { new DateOnly(2012, 10, 27), new DateOnly(2011, 12, 9), new DateOnly(2014, 2, 19) };
        var students = new List<(string Id, string NationalId, DateOnly Born)>();
        foreach (var (born, i) in births.Select((b, i) => (b, i)))
        {
            var nationalId = TestIds.NationalId(born, male: i % 2 == 0);
            var id = await _county.StudentAsync(school, nationalId, categories: ["RegisteredPoorHousehold"]);
            await (await _county.PatchJsonAsync($"{Students}/{id}", new { grade = 4, version = 1 })).ShouldBeAsync(HttpStatusCode.OK);
            students.Add((id, nationalId, born));
        }

        var batch = await app.Staff().CreateBatchAsync("LivingSubsidy", $"{year}-1");
        await (await app.Staff().ApproveAsync(batch)).ShouldBeAsync(HttpStatusCode.OK);
        var paid = students[0];
        var line = (await _county.LinesAsync(batch)).Single(l => l.Text("studentId") == paid.Id);
        var amount = line.Money("amount").ToString("0.00", CultureInfo.InvariantCulture);
        await (await _county.ReconcileAsync(batch, $"{paid.NationalId},{amount},paid,BK-{paid.Id[..8]},")).ShouldBeAsync(HttpStatusCode.OK);
        var (childId, planId) = await SeedSpecialNeedsAsync(township, school, students.Select(s => s.NationalId).ToList());
        var dropout = await (await _county.OpenAsync(students[1].NationalId)).ShouldBeAsync(HttpStatusCode.Created);
        await SeedReferralsAsync(dropout.Text("id"), students[1].NationalId);
        var (enrolmentId, course) = await SeedVocationalAsync(township, students.Select(s => s.NationalId).ToList());
        await app.RunJobAsync(app.CreateAdminClient(), RiskApi.JobId);
        return students.Select(s => new Seeded(township, school, s.Id, s.NationalId, s.Born, batch, year, childId, planId, dropout.Text("id"), enrolmentId, course)).ToList();
    }

    /// <summary>The dropout case's return plan refers the student to each module that keeps referrals; waits until each has it.</summary>
    private async Task SeedReferralsAsync(string caseId, string nationalId)
    {
        await (await _county.MeasureAsync(caseId, "AidReferral", aidReview: "EligibilityCheck")).ShouldBeAsync(HttpStatusCode.Created);
        await (await _county.MeasureAsync(caseId, "VocationalRoute")).ShouldBeAsync(HttpStatusCode.Created);
        await (await _county.MeasureAsync(caseId, "HomeDeliveredTeaching")).ShouldBeAsync(HttpStatusCode.Created);
        foreach (var list in new[] { PlanApi.SubsidiesReferrals, PlanApi.VocationalReferrals, PlanApi.SpecialNeedsReferrals })
        {
            await Eventually.MatchAsync(() => _county.ItemsAsync($"{list}?nationalId={nationalId}"), r => r.Count == 1, $"the referral in {list}");
        }
    }

    /// <summary>The students on the disabled children's register, one placed and visited at home, all in a left-behind children home's activity.</summary>
    private async Task<(string ChildId, string PlanId)> SeedSpecialNeedsAsync(string township, string school, List<string> nationalIds)
    {
        var childIds = new List<string>();
        foreach (var nationalId in nationalIds)
        {
            childIds.Add((await _county.ChildAsync(township, nationalId)).Text("id"));
        }

        await (await _county.AssessAsync(nationalIds[0])).ShouldBeAsync(HttpStatusCode.Created);
        var plan = await (await _county.PlanAsync(nationalIds[0], "HomeDelivered", school, SpecialNeedsApi.DaysAgo(30))).ShouldBeAsync(HttpStatusCode.Created);
        await (await _county.VisitAsync(plan.Text("id"), SpecialNeedsApi.DaysAgo(2))).ShouldBeAsync(HttpStatusCode.Created);
        var home = $"H-{school}";
        await (await _county.HomeAsync(home, school)).ShouldBeAsync(HttpStatusCode.Created);
        var leftBehind = await _county.RegistryStudentAsync(school, leftBehind: true);
        await (await _county.PostJsonAsync($"{SpecialNeedsApi.Homes}/{home}/children", new { nationalIds = new[] { leftBehind } })).ShouldBeAsync(HttpStatusCode.OK);
        await (await _county.PostJsonAsync($"{SpecialNeedsApi.Homes}/{home}/activities", new { on = SpecialNeedsApi.DaysAgo(1), kind = "Counselling", participants = new[] { leftBehind } })).ShouldBeAsync(HttpStatusCode.Created);
        return (childIds[0], plan.Text("id"));
    }

    /// <summary>The students enrolled at a vocational school of the township, the first an intern; the students also trainees of an adult course.</summary>
    private async Task<(string EnrolmentId, string Course)> SeedVocationalAsync(string township, List<string> nationalIds)
    {
        var school = await _county.SchoolAsync(township, "SecondaryVocational");
        var specialty = await _county.SpecialtyAsync(school);
        var enrolments = new List<string>();
        foreach (var nationalId in nationalIds)
        {
            enrolments.Add((await (await _county.EnrolAsync(nationalId, specialty, VocationalApi.DaysAgo(100))).ShouldBeAsync(HttpStatusCode.Created)).Text("id"));
        }

        await (await _county.PostJsonAsync(VocationalApi.Internships, new { nationalId = nationalIds[0], @base = "实训基地", startsOn = VocationalApi.DaysAgo(50), endsOn = VocationalApi.DaysAgo(10) })).ShouldBeAsync(HttpStatusCode.Created);
        var course = TestIds.Code("AC");
        await (await _county.PostCourseAsync(course, township, VocationalApi.DaysAgo(30), VocationalApi.DaysAgo(20))).ShouldBeAsync(HttpStatusCode.Created);
        foreach (var nationalId in nationalIds)
        {
            await (await _county.AdmitAsync(course, nationalId, "证书")).ShouldBeAsync(HttpStatusCode.Created);
        }

        return (enrolments[0], course);
    }

    /// <summary>Every string and number of a JSON response, or the whole text of any other.</summary>
    private static async Task<List<string>> StringsOfAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        if (response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) != true)
        {
            return [text];
        }

        var found = new List<string>();
        Walk(JsonNode.Parse(text), found);
        return found;
    }

    private static void Walk(JsonNode? node, List<string> found)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, value) in o)
                {
                    Walk(value, found);
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Walk(item, found);
                }

                break;
            case JsonValue v:
                found.Add(v.ToJsonString().Trim('"'));
                break;
        }
    }

    private static IEnumerable<string> DateForms(DateOnly d)
    {
        var c = CultureInfo.InvariantCulture;
        yield return d.ToString("yyyyMMdd", c);
        yield return d.ToString("yyyy-MM-dd", c);
        yield return d.ToString("yyyy/MM/dd", c);
        yield return d.ToString("yyyy.MM.dd", c);
        yield return $"{d.Year}年{d.Month}月{d.Day}日";
    }

    /// <summary>The school year's cut-off: 31 August before the school year under way.</summary>
    private static DateOnly CutOff(DateOnly today) => new(today.Month >= 9 ? today.Year : today.Year - 1, 8, 31);

    private static int AgeOn(DateOnly born, DateOnly today)
    {
        var cutOff = CutOff(today);
        var age = cutOff.Year - born.Year;
        return (cutOff.Month, cutOff.Day).CompareTo((born.Month, born.Day)) < 0 ? age - 1 : age;
    }

    /// <summary>How many valid IDs match the visible digits, the age at the cut-off before <paramref name="today"/> and the sex.</summary>
    private static int Candidates(string masked, int age, bool male, DateOnly today)
    {
        var cutOff = CutOff(today);
        var area = masked[..6];
        var sequence = masked[14..17];
        var check = masked[17];
        if (((sequence[2] - '0') % 2 == 1) != male)
        {
            return 0;
        }

        var count = 0;
        for (var day = cutOff.AddYears(-age - 1).AddDays(1); day <= cutOff.AddYears(-age); day = day.AddDays(1))
        {
            var first17 = area + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + sequence;
            if (TestIds.NationalIdCheck(first17) == check)
            {
                count++;
            }
        }

        return count;
    }
}
