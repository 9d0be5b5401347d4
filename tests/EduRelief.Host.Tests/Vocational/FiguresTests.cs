using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.SpecialNeeds;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.Vocational;

/// <summary>The year's figures, each counted from records the list queries reach, within the caller's scope.</summary>
[Collection(HostCollection.Name)]
public sealed class FiguresTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task Every_figure_is_counted_from_records_its_list_reaches()
    {
        var (township, school, specialty) = await _officer.SchoolWithSpecialtyAsync();
        var scoped = app.CreateClientAs(Roles.TownshipOfficer, townships: [township]).Client;
        var year = SpecialNeedsApi.Today.Year;
        var thisYear = SpecialNeedsApi.Day(new DateOnly(year, 1, 10));
        var lastYear = SpecialNeedsApi.Day(new DateOnly(year - 1, 9, 1));
        var orderClass = await _officer.OrderClassAsync(specialty, 30);
        await _officer.OrderClassAsync(specialty, 20);
        await _officer.EnrolledAsync(school, specialty, enrolledOn: thisYear);
        await _officer.EnrolledAsync(school, specialty, enrolledOn: thisYear);
        await _officer.EnrolledAsync(school, specialty, poor: false, enrolledOn: thisYear);
        var (_, hired, _) = await _officer.EnrolledAsync(school, specialty, enrolledOn: lastYear, orderClassCode: orderClass);
        var (_, elsewhere, _) = await _officer.EnrolledAsync(school, specialty, enrolledOn: lastYear);
        var (_, idle, _) = await _officer.EnrolledAsync(school, specialty, enrolledOn: lastYear);
        var (_, unknown, _) = await _officer.EnrolledAsync(school, specialty, enrolledOn: lastYear);
        var graduatedOn = SpecialNeedsApi.Day(new DateOnly(year, 6, 30));
        await (await _officer.GraduateAsync(hired, graduatedOn, "EmployedByOrderingEmployer")).ShouldBeAsync(HttpStatusCode.Created);
        await (await _officer.GraduateAsync(elsewhere, graduatedOn, "EmployedElsewhere", "县物流公司")).ShouldBeAsync(HttpStatusCode.Created);
        await (await _officer.GraduateAsync(idle, graduatedOn, "NotEmployed")).ShouldBeAsync(HttpStatusCode.Created);
        await (await _officer.GraduateAsync(unknown, graduatedOn, null)).ShouldBeAsync(HttpStatusCode.Created);
        var course = TestIds.Code("AC");
        await (await _officer.PostCourseAsync(course, township, SpecialNeedsApi.Day(new DateOnly(year, 3, 1)), SpecialNeedsApi.Day(new DateOnly(year, 3, 20)))).ShouldBeAsync(HttpStatusCode.Created);
        await (await _officer.AdmitAsync(course, TestIds.NationalId(new DateOnly(1980, 3, 3)), "中式面点师")).ShouldBeAsync(HttpStatusCode.Created);
        await (await _officer.AdmitAsync(course, TestIds.NationalId(new DateOnly(1981, 3, 3)))).ShouldBeAsync(HttpStatusCode.Created);

        var figures = await (await scoped.GetAsync($"{VocationalApi.Figures}?year={year}")).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal(2, figures.Number("poorEnrolments"));
        Assert.Equal(50, figures.Number("orderPlaces"));
        Assert.Equal(4, figures.Number("graduates"));
        Assert.Equal(3, figures.Number("graduatesWithOutcome"));
        Assert.Equal(2, figures.Number("employed"));
        Assert.Equal(1, figures.Number("employedByOrderingEmployer"));
        Assert.Equal(0.6667m, figures["employmentRate"]!.GetValue<decimal>());
        Assert.Equal(2, figures.Number("adultTrainees"));
        Assert.Equal(1, figures.Number("certificates"));
        Assert.Equal(2, (await scoped.ItemsAsync($"{VocationalApi.Enrolments}?enrolledIn={year}&poor=true")).Count);
        Assert.Equal(50, (await scoped.ItemsAsync($"{VocationalApi.OrderClasses}?year={year}")).Sum(c => c.Number("places")));
        Assert.Equal(4, (await scoped.ItemsAsync($"{VocationalApi.Enrolments}?graduatedIn={year}")).Count);
        Assert.Equal(2, (await scoped.ItemsAsync($"{VocationalApi.Enrolments}?graduatedIn={year}&employed=true")).Count);
        Assert.Equal(3, (await scoped.ItemsAsync($"{VocationalApi.Enrolments}?graduatedIn={year}&hasOutcome=true")).Count);
        Assert.Equal(hired, Assert.Single(await _officer.ItemsAsync($"{VocationalApi.Enrolments}?schoolCode={school}&graduatedIn={year}&outcome=EmployedByOrderingEmployer")).Text("nationalId"));
        Assert.Equal(2, (await scoped.ItemsAsync($"{VocationalApi.AdultTrainees}?year={year}")).Count);
        Assert.Single(await scoped.ItemsAsync($"{VocationalApi.AdultTrainees}?year={year}&certified=true"));
        var elsewhereFigures = await (await app.CreateClientAs(Roles.TownshipOfficer, townships: [await _officer.TownshipAsync()]).Client.GetAsync($"{VocationalApi.Figures}?year={year}")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(0, elsewhereFigures.Number("poorEnrolments"));
        Assert.Null(elsewhereFigures["employmentRate"]);
    }

    [Fact]
    public async Task A_missing_or_impossible_year_is_a_400_naming_it()
    {
        Assert.NotEmpty((await (await _officer.GetAsync(VocationalApi.Figures)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("year"));
        Assert.NotEmpty((await (await _officer.GetAsync($"{VocationalApi.Figures}?year=1800")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("year"));
        Assert.NotEmpty((await (await _officer.GetAsync($"{VocationalApi.Enrolments}?outcome=Hired")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("outcome"));
    }
}
