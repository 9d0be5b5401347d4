using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.SpecialNeeds;

namespace EduRelief.Host.Tests.Vocational;

/// <summary>Internships within the enrolment; graduation with its outcome; the six-month follow-up.</summary>
[Collection(HostCollection.Name)]
public sealed class GraduationTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task An_intern_graduates_hired_by_the_ordering_employer_and_is_followed_up_six_months_on()
    {
        var (_, school, specialty) = await _officer.SchoolWithSpecialtyAsync();
        var orderClass = await _officer.OrderClassAsync(specialty, 10, "县现代农业合作社");
        var (studentId, nationalId, _) = await _officer.EnrolledAsync(school, specialty, enrolledOn: VocationalApi.DaysAgo(1000), orderClassCode: orderClass);

        var internship = await (await _officer.PostJsonAsync(VocationalApi.Internships, new { nationalId, @base = "县农业实训基地", startsOn = VocationalApi.DaysAgo(500), endsOn = VocationalApi.DaysAgo(400) }))
            .ShouldBeAsync(HttpStatusCode.Created);
        var graduated = await (await _officer.GraduateAsync(nationalId, VocationalApi.DaysAgo(300), "EmployedByOrderingEmployer")).ShouldBeAsync(HttpStatusCode.Created);
        var followedUp = await (await _officer.FollowUpAsync(nationalId, VocationalApi.DaysAgo(120), "EmployedElsewhere", "县电商产业园")).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal("县农业实训基地", internship.Text("base"));
        Assert.Single(await _officer.ItemsAsync($"{VocationalApi.Internships}?nationalId={nationalId}"));
        Assert.Equal("县现代农业合作社", graduated.Text("employer"));
        Assert.False(graduated.Flag("active"));
        Assert.Equal(SpecialNeedsApi.Day(SpecialNeedsApi.Today.AddDays(-300).AddMonths(6)), graduated.Text("followUpDueOn"));
        Assert.Equal("EmployedByOrderingEmployer", followedUp.Text("graduationOutcome"));
        Assert.Equal("EmployedElsewhere", followedUp.Text("outcome"));
        Assert.Equal("县电商产业园", followedUp.Text("employer"));
        var file = await Eventually.MatchAsync(() => _officer.GetFileAsync(studentId), f => f.ToJsonString().Contains("VocationalFollowUp", StringComparison.Ordinal), "the follow-up in the student file");
        Assert.Contains("Internship", file.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("VocationalGraduation", file.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_graduation_with_the_follow_up_known_records_both_and_a_graduate_may_enrol_again()
    {
        var (_, school, specialty) = await _officer.SchoolWithSpecialtyAsync();
        var (_, nationalId, _) = await _officer.EnrolledAsync(school, specialty, enrolledOn: VocationalApi.DaysAgo(1000));

        var graduated = await (await _officer.GraduateAsync(nationalId, VocationalApi.DaysAgo(400), "FurtherStudy", followUpOn: VocationalApi.DaysAgo(200))).ShouldBeAsync(HttpStatusCode.Created);
        await (await _officer.EnrolAsync(nationalId, specialty, VocationalApi.DaysAgo(100))).ShouldBeAsync(HttpStatusCode.Created);

        Assert.Equal("FurtherStudy", graduated.Text("followUpOutcome"));
        Assert.Equal(VocationalApi.DaysAgo(200), graduated.Text("followUpOn"));
        Assert.Equal(2, (await _officer.EnrolmentsOfAsync(nationalId)).Count);
    }

    [Fact]
    public async Task An_internship_before_enrolment_or_ending_before_it_starts_is_a_400_naming_the_date_and_none_is_recorded()
    {
        var (_, school, specialty) = await _officer.SchoolWithSpecialtyAsync();
        var (_, nationalId, _) = await _officer.EnrolledAsync(school, specialty, enrolledOn: VocationalApi.DaysAgo(100));
        var (_, notEnrolled) = await _officer.RegistryStudentAsync(school);

        Assert.Contains("before the enrolment", Assert.Single((await (await _officer.PostJsonAsync(VocationalApi.Internships, new { nationalId, @base = "实训基地", startsOn = VocationalApi.DaysAgo(101), endsOn = VocationalApi.DaysAgo(50) }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("startsOn")), StringComparison.Ordinal);
        Assert.NotEmpty((await (await _officer.PostJsonAsync(VocationalApi.Internships, new { nationalId, @base = "实训基地", startsOn = VocationalApi.DaysAgo(50), endsOn = VocationalApi.DaysAgo(60) }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("endsOn"));
        Assert.NotEmpty((await (await _officer.PostJsonAsync(VocationalApi.Internships, new { nationalId = notEnrolled, @base = "实训基地", startsOn = VocationalApi.DaysAgo(50), endsOn = VocationalApi.DaysAgo(10) }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("nationalId"));
        Assert.NotEmpty((await (await _officer.PostJsonAsync(VocationalApi.Internships, new { nationalId, @base = "", startsOn = VocationalApi.DaysAgo(50), endsOn = VocationalApi.DaysAgo(10) }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("base"));

        Assert.Empty(await _officer.ItemsAsync($"{VocationalApi.Internships}?schoolCode={school}"));
    }

    [Fact]
    public async Task A_graduation_before_enrolment_or_hired_by_an_ordering_employer_without_a_class_is_a_400_naming_the_field_and_the_student_stays_enrolled()
    {
        var (_, school, specialty) = await _officer.SchoolWithSpecialtyAsync();
        var (_, nationalId, _) = await _officer.EnrolledAsync(school, specialty, enrolledOn: VocationalApi.DaysAgo(700));

        Assert.Contains("before the enrolment", Assert.Single((await (await _officer.GraduateAsync(nationalId, VocationalApi.DaysAgo(701), "NotEmployed")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("graduatedOn")), StringComparison.Ordinal);
        Assert.Contains("no order-based class", Assert.Single((await (await _officer.GraduateAsync(nationalId, VocationalApi.DaysAgo(10), "EmployedByOrderingEmployer")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("outcome")), StringComparison.Ordinal);
        Assert.NotEmpty((await (await _officer.GraduateAsync(nationalId, VocationalApi.DaysAgo(10), "EmployedElsewhere")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("employer"));
        Assert.NotEmpty((await (await _officer.GraduateAsync(nationalId, VocationalApi.DaysAgo(10), "Retired")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("outcome"));
        Assert.NotEmpty((await (await _officer.GraduateAsync(nationalId, SpecialNeedsApi.Day(SpecialNeedsApi.Today.AddDays(1)), "NotEmployed")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("graduatedOn"));
        Assert.NotEmpty((await (await _officer.GraduateAsync(TestIds.NationalId(), VocationalApi.DaysAgo(10), "NotEmployed")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("nationalId"));

        var enrolment = Assert.Single(await _officer.EnrolmentsOfAsync(nationalId));
        Assert.True(enrolment.Flag("active"));
        Assert.Null(enrolment["graduatedOn"]);
    }

    [Fact]
    public async Task A_follow_up_before_graduation_is_a_400_naming_the_date_and_a_second_graduation_a_409()
    {
        var (_, school, specialty) = await _officer.SchoolWithSpecialtyAsync();
        var (_, nationalId, _) = await _officer.EnrolledAsync(school, specialty, enrolledOn: VocationalApi.DaysAgo(700));

        Assert.Contains("not graduated", Assert.Single((await (await _officer.FollowUpAsync(nationalId, VocationalApi.DaysAgo(5), "NotEmployed")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("followUpOn")), StringComparison.Ordinal);
        Assert.NotEmpty((await (await _officer.GraduateAsync(nationalId, VocationalApi.DaysAgo(100), "NotEmployed", followUpOn: VocationalApi.DaysAgo(101))).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("followUpOn"));
        Assert.True(Assert.Single(await _officer.EnrolmentsOfAsync(nationalId)).Flag("active"));

        await (await _officer.GraduateAsync(nationalId, VocationalApi.DaysAgo(100), "NotEmployed")).ShouldBeAsync(HttpStatusCode.Created);
        Assert.Contains("before the graduation", Assert.Single((await (await _officer.FollowUpAsync(nationalId, VocationalApi.DaysAgo(101), "NotEmployed")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("followUpOn")), StringComparison.Ordinal);
        Assert.NotEmpty((await (await _officer.GraduateAsync(nationalId, VocationalApi.DaysAgo(50), "NotEmployed")).ShouldBeProblemAsync(HttpStatusCode.Conflict)).FieldErrors("nationalId"));

        var enrolment = Assert.Single(await _officer.EnrolmentsOfAsync(nationalId));
        Assert.Equal(VocationalApi.DaysAgo(100), enrolment.Text("graduatedOn"));
        Assert.Null(enrolment["followUpOn"]);
    }
}
