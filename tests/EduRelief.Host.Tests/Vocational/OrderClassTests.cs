using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.SpecialNeeds;

namespace EduRelief.Host.Tests.Vocational;

/// <summary>Order-based classes (订单式培养): places the employer commits to hire, a student in one class at most, never over the places.</summary>
[Collection(HostCollection.Name)]
public sealed class OrderClassTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task Students_are_placed_at_enrolment_or_later_and_the_class_counts_them()
    {
        var (_, school, specialty) = await _officer.SchoolWithSpecialtyAsync();
        var code = await _officer.OrderClassAsync(specialty, 2, "贵州某电商公司");
        var (_, _, atEnrolment) = await _officer.EnrolledAsync(school, specialty, orderClassCode: code);
        var (studentId, later, _) = await _officer.EnrolledAsync(school, specialty);

        var placed = await (await _officer.PlaceAsync(code, later)).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal(code, atEnrolment.Text("orderClassCode"));
        Assert.Equal("贵州某电商公司", placed.Text("orderEmployer"));
        var listed = Assert.Single(await _officer.ItemsAsync($"{VocationalApi.OrderClasses}?specialtyCode={specialty}"));
        Assert.Equal(2, listed.Number("students"));
        Assert.Equal(2, listed.Number("places"));
        Assert.Equal(2, (await _officer.ItemsAsync($"{VocationalApi.Enrolments}?orderClassCode={code}")).Count);
        await Eventually.MatchAsync(() => _officer.GetFileAsync(studentId), f => f.ToJsonString().Contains("\"OrderClass\"", StringComparison.Ordinal), "the placement in the student file");
    }

    [Fact]
    public async Task A_class_over_its_places_is_a_409_naming_the_class_and_the_student_stays_out()
    {
        var (_, school, specialty) = await _officer.SchoolWithSpecialtyAsync();
        var code = await _officer.OrderClassAsync(specialty, 1);
        await _officer.EnrolledAsync(school, specialty, orderClassCode: code);
        var (_, second, _) = await _officer.EnrolledAsync(school, specialty);
        var (_, third) = await _officer.RegistryStudentAsync(school);

        Assert.Contains("1 place(s)", Assert.Single((await (await _officer.PlaceAsync(code, second)).ShouldBeProblemAsync(HttpStatusCode.Conflict)).FieldErrors("orderClassCode")), StringComparison.Ordinal);
        Assert.NotEmpty((await (await _officer.EnrolAsync(third, specialty, orderClassCode: code)).ShouldBeProblemAsync(HttpStatusCode.Conflict)).FieldErrors("orderClassCode"));

        Assert.Null(Assert.Single(await _officer.EnrolmentsOfAsync(second))["orderClassCode"]);
        Assert.Empty(await _officer.EnrolmentsOfAsync(third));
        Assert.Equal(1, Assert.Single(await _officer.ItemsAsync($"{VocationalApi.OrderClasses}?specialtyCode={specialty}")).Number("students"));
    }

    [Fact]
    public async Task A_student_in_two_classes_or_a_class_of_another_specialty_is_refused_naming_the_class_and_nothing_moves()
    {
        var (_, school, specialty) = await _officer.SchoolWithSpecialtyAsync();
        var other = await _officer.SpecialtyAsync(school);
        var first = await _officer.OrderClassAsync(specialty, 5);
        var second = await _officer.OrderClassAsync(specialty, 5);
        var elsewhere = await _officer.OrderClassAsync(other, 5);
        var (_, nationalId, _) = await _officer.EnrolledAsync(school, specialty, orderClassCode: first);
        var (_, outsider, _) = await _officer.EnrolledAsync(school, specialty);

        Assert.Contains(first, Assert.Single((await (await _officer.PlaceAsync(second, nationalId)).ShouldBeProblemAsync(HttpStatusCode.Conflict)).FieldErrors("orderClassCode")), StringComparison.Ordinal);
        Assert.NotEmpty((await (await _officer.PlaceAsync(elsewhere, outsider)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("orderClassCode"));
        Assert.NotEmpty((await (await _officer.PlaceAsync(first, TestIds.NationalId())).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("nationalId"));
        await (await _officer.PlaceAsync("NO-SUCH-CLASS", outsider)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(first, Assert.Single(await _officer.EnrolmentsOfAsync(nationalId)).Text("orderClassCode"));
        Assert.Null(Assert.Single(await _officer.EnrolmentsOfAsync(outsider))["orderClassCode"]);
        Assert.All(await _officer.ItemsAsync($"{VocationalApi.OrderClasses}?specialtyCode={specialty}"), c => Assert.Equal(c.Text("code") == first ? 1 : 0, c.Number("students")));
    }

    [Fact]
    public async Task Bad_classes_are_a_400_naming_the_field_and_a_taken_code_a_409()
    {
        var (_, _, specialty) = await _officer.SchoolWithSpecialtyAsync();
        var code = await _officer.OrderClassAsync(specialty, 3);

        Assert.NotEmpty((await (await _officer.PostOrderClassAsync(TestIds.Code("OC"), specialty, 0)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("places"));
        Assert.NotEmpty((await (await _officer.PostOrderClassAsync(TestIds.Code("OC"), specialty, 3, 1900)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("year"));
        Assert.NotEmpty((await (await _officer.PostOrderClassAsync(TestIds.Code("OC"), "NO-SUCH-SPECIALTY", 3)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("specialtyCode"));
        Assert.NotEmpty((await (await _officer.PostOrderClassAsync(TestIds.Code("OC"), specialty, 3, employer: "")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("employer"));
        Assert.NotEmpty((await (await _officer.PostOrderClassAsync(code, specialty, 3)).ShouldBeProblemAsync(HttpStatusCode.Conflict)).FieldErrors("code"));

        Assert.Single(await _officer.ItemsAsync($"{VocationalApi.OrderClasses}?specialtyCode={specialty}"));
    }
}
