using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.SpecialNeeds;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.Vocational;

/// <summary>Every Vocational list exports as CSV or XLSX through its own route (format=), with Chinese headers, filtered and masked as the list is.</summary>
[Collection(HostCollection.Name)]
public sealed class ExportTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();
    private readonly HttpClient _masked = app.CreateClientAs(Roles.ModuleStaff, modules: ["Vocational"]).Client;

    [Fact]
    public async Task The_order_classes_export_as_xlsx_with_the_employer_and_its_places()
    {
        var (_, _, specialty) = await _officer.SchoolWithSpecialtyAsync();
        var code = await _officer.OrderClassAsync(specialty, 30, employer: "县电商产业园");

        var rows = await (await _officer.GetAsync($"{VocationalApi.OrderClasses}?specialtyCode={specialty}&format=xlsx")).XlsxRowsAsync();

        Assert.Equal(2, rows.Count);
        Assert.Equal(code, rows[1][rows[0].Column("订单班代码")]);
        Assert.Equal("县电商产业园", rows[1][rows[0].Column("订单企业")]);
        Assert.Equal("30", rows[1][rows[0].Column("承诺招聘名额")]);
    }

    [Fact]
    public async Task The_internships_and_the_employed_graduates_export_as_csv_with_ids_masked_for_a_masked_caller()
    {
        var (_, school, specialty) = await _officer.SchoolWithSpecialtyAsync();
        var (_, nationalId, _) = await _officer.EnrolledAsync(school, specialty, enrolledOn: VocationalApi.DaysAgo(700));
        await (await _officer.PostJsonAsync(VocationalApi.Internships, new { nationalId, @base = "县农业实训基地", startsOn = VocationalApi.DaysAgo(500), endsOn = VocationalApi.DaysAgo(400) })).ShouldBeAsync(HttpStatusCode.Created);
        await (await _officer.GraduateAsync(nationalId, VocationalApi.DaysAgo(10), "EmployedElsewhere", "县供销社")).ShouldBeAsync(HttpStatusCode.Created);
        var year = SpecialNeedsApi.Today.AddDays(-10).Year;

        var internships = await (await _masked.GetAsync($"{VocationalApi.Internships}?schoolCode={school}&format=csv")).CsvRowsAsync();
        var employed = await (await _masked.GetAsync($"{VocationalApi.Enrolments}?schoolCode={school}&graduatedIn={year}&employed=true&format=csv")).CsvRowsAsync();

        Assert.Equal(2, internships.Count);
        Assert.Equal("县农业实训基地", internships[1][internships[0].Column("实习基地")]);
        Assert.Equal(2, employed.Count);
        Assert.Equal("县供销社", employed[1][employed[0].Column("就业单位")]);
        foreach (var row in new[] { internships[1][internships[0].Column("身份证号")], employed[1][employed[0].Column("身份证号")] })
        {
            Assert.Contains("********", row, StringComparison.Ordinal);
            Assert.DoesNotContain(nationalId, row, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_adult_courses_and_their_trainees_export_with_certificates_and_ids_masked()
    {
        var township = await _officer.TownshipAsync();
        var code = TestIds.Code("AC");
        await (await _officer.PostCourseAsync(code, township, VocationalApi.DaysAgo(60), VocationalApi.DaysAgo(30))).ShouldBeAsync(HttpStatusCode.Created);
        var adult = TestIds.NationalId(new DateOnly(1985, 5, 20), male: false);
        await (await _officer.AdmitAsync(code, adult, "家政服务员（五级）")).ShouldBeAsync(HttpStatusCode.Created);

        var courses = await (await _masked.GetAsync($"{VocationalApi.AdultCourses}?townshipCode={township}&format=xlsx")).XlsxRowsAsync();
        var trainees = await (await _masked.GetAsync($"{VocationalApi.AdultCourses}/{code}/trainees?format=csv")).CsvRowsAsync();

        Assert.Equal("1", Assert.Single(courses.Skip(1))[courses[0].Column("取证人数")]);
        var trainee = Assert.Single(trainees.Skip(1));
        Assert.Equal("家政服务员（五级）", trainee[trainees[0].Column("职业技能证书")]);
        Assert.Contains("********", trainee[trainees[0].Column("身份证号")], StringComparison.Ordinal);
        Assert.DoesNotContain(adult, trainee[trainees[0].Column("身份证号")], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_export_with_a_filter_the_list_refuses_is_a_problem_naming_the_field_not_a_file()
    {
        foreach (var route in new[] { VocationalApi.OrderClasses, VocationalApi.Internships, VocationalApi.AdultCourses, VocationalApi.AdultTrainees })
        {
            var problem = await (await _officer.GetAsync($"{route}?year=12&format=csv")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            Assert.NotEmpty(problem.FieldErrors("year"));
        }
    }
}
