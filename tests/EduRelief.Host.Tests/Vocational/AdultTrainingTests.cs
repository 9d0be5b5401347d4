using System.Net;
using System.Net.Http.Json;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.SpecialNeeds;

namespace EduRelief.Host.Tests.Vocational;

/// <summary>Adult skills training for poor-household workers: courses, trainees (national ID checked), certificates once a course is over.</summary>
[Collection(HostCollection.Name)]
public sealed class AdultTrainingTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task Trainees_join_a_course_and_gain_certificates_once_it_is_over()
    {
        var township = await _officer.TownshipAsync();
        var code = TestIds.Code("AC");
        var course = await (await _officer.PostCourseAsync(code, township, VocationalApi.DaysAgo(60), VocationalApi.DaysAgo(30))).ShouldBeAsync(HttpStatusCode.Created);
        var certified = TestIds.NationalId(new DateOnly(1985, 5, 20), male: false);
        var later = TestIds.NationalId(new DateOnly(1979, 11, 2));

        var trainee = await (await _officer.AdmitAsync(code, certified, "家政服务员（五级）")).ShouldBeAsync(HttpStatusCode.Created);
        await (await _officer.AdmitAsync(code, later)).ShouldBeAsync(HttpStatusCode.Created);
        var certificate = await (await _officer.PutAsJsonAsync($"{VocationalApi.AdultCourses}/{code}/trainees/{later}/certificate", new { certificate = "育婴员（五级）" })).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal(township, course.Text("townshipCode"));
        Assert.Equal("家政服务员（五级）", trainee.Text("certificate"));
        Assert.Equal("育婴员（五级）", certificate.Text("certificate"));
        var listed = Assert.Single(await _officer.ItemsAsync($"{VocationalApi.AdultCourses}?townshipCode={township}"));
        Assert.Equal(2, listed.Number("trainees"));
        Assert.Equal(2, listed.Number("certificates"));
        Assert.Equal(2, (await _officer.ItemsAsync($"{VocationalApi.AdultCourses}/{code}/trainees?certified=true")).Count);
    }

    [Fact]
    public async Task A_bad_id_a_second_entry_an_early_certificate_or_a_bad_course_is_refused_naming_the_field_and_nothing_is_added()
    {
        var township = await _officer.TownshipAsync();
        var code = TestIds.Code("AC");
        await (await _officer.PostCourseAsync(code, township, VocationalApi.DaysAgo(10), VocationalApi.DaysAgo(-20))).ShouldBeAsync(HttpStatusCode.Created);
        var (wrong, expected) = TestIds.WithWrongCheck();
        var adult = TestIds.NationalId(new DateOnly(1990, 1, 15));
        await (await _officer.AdmitAsync(code, adult)).ShouldBeAsync(HttpStatusCode.Created);

        Assert.Contains($"check character should be {expected}", Assert.Single((await (await _officer.AdmitAsync(code, wrong)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("nationalId")), StringComparison.Ordinal);
        Assert.NotEmpty((await (await _officer.AdmitAsync(code, adult)).ShouldBeProblemAsync(HttpStatusCode.Conflict)).FieldErrors("nationalId"));
        Assert.NotEmpty((await (await _officer.AdmitAsync(code, TestIds.NationalId(new DateOnly(1991, 1, 15)), "电工")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("certificate"));
        Assert.NotEmpty((await (await _officer.PutAsJsonAsync($"{VocationalApi.AdultCourses}/{code}/trainees/{adult}/certificate", new { certificate = "电工" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("certificate"));
        await (await _officer.AdmitAsync("NO-SUCH-COURSE", adult)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.NotEmpty((await (await _officer.PostCourseAsync(TestIds.Code("AC"), "NO-SUCH-TOWNSHIP", VocationalApi.DaysAgo(10), VocationalApi.DaysAgo(5))).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("townshipCode"));
        Assert.NotEmpty((await (await _officer.PostCourseAsync(TestIds.Code("AC"), township, VocationalApi.DaysAgo(5), VocationalApi.DaysAgo(10))).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("endsOn"));
        Assert.NotEmpty((await (await _officer.PostCourseAsync(code, township, VocationalApi.DaysAgo(10), VocationalApi.DaysAgo(5))).ShouldBeProblemAsync(HttpStatusCode.Conflict)).FieldErrors("code"));

        var trainee = Assert.Single(await _officer.ItemsAsync($"{VocationalApi.AdultCourses}/{code}/trainees"));
        Assert.Null(trainee["certificate"]);
        Assert.Single(await _officer.ItemsAsync($"{VocationalApi.AdultCourses}?townshipCode={township}"));
    }
}
