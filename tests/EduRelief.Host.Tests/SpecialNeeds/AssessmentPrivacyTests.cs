using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.SpecialNeeds;

/// <summary>Assessment details are private: SpecialNeeds staff, county officers and auditors read them; everyone else sees that one exists.</summary>
[Collection(HostCollection.Name)]
public sealed class AssessmentPrivacyTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task Only_special_needs_staff_county_officers_and_auditors_read_an_assessment()
    {
        var township = await _officer.TownshipAsync();
        var child = await _officer.ChildAsync(township);
        var nationalId = child.Text("nationalId");
        var recorded = await (await _officer.AssessAsync(nationalId, recommendation: "HomeDelivered")).ShouldBeAsync(HttpStatusCode.Created);
        Assert.Equal("HomeDelivered", recorded.Text("recommendation"));
        var url = $"{SpecialNeedsApi.Children}/{child.Text("id")}";

        var readers = new[]
        {
            _officer,
            app.CreateClientAs(Roles.ModuleStaff, modules: ["SpecialNeeds"]).Client,
            app.CreateClientAs(Roles.Auditor).Client,
        };
        foreach (var reader in readers)
        {
            var seen = Assert.Single((await (await reader.GetAsync(url)).ShouldBeAsync(HttpStatusCode.OK))["assessments"]!.AsArray())!;
            Assert.False(seen["private"]!.GetValue<bool>());
            Assert.Equal("县残疾儿童教育专家委员会", seen.Text("body"));
        }

        var others = new[]
        {
            app.CreateClientAs(Roles.ModuleStaff, modules: ["Subsidies"]).Client,
            app.CreateClientAs(Roles.TownshipOfficer, townships: [township]).Client,
        };
        foreach (var other in others)
        {
            var seen = Assert.Single((await (await other.GetAsync(url)).ShouldBeAsync(HttpStatusCode.OK))["assessments"]!.AsArray())!;
            Assert.True(seen["private"]!.GetValue<bool>());
            Assert.Equal(recorded.Text("id"), seen.Text("id"));
            Assert.Null(seen["body"]);
            Assert.Null(seen["recommendation"]);
            Assert.Null(seen["grade"]);
        }
    }

    [Fact]
    public async Task An_assessment_with_a_grade_outside_1_to_4_an_unknown_category_or_a_future_date_is_refused()
    {
        var township = await _officer.TownshipAsync();
        var nationalId = (await _officer.ChildAsync(township)).Text("nationalId");

        var bad = await (await _officer.PostJsonAsync(SpecialNeedsApi.Assessments, new { nationalId, assessedOn = SpecialNeedsApi.DaysAgo(1), category = "Blind", grade = 7, body = "专家委员会", recommendation = "Nowhere" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(bad.FieldErrors("category"));
        Assert.NotEmpty(bad.FieldErrors("grade"));
        Assert.NotEmpty(bad.FieldErrors("recommendation"));
        Assert.NotEmpty((await (await _officer.AssessAsync(nationalId, SpecialNeedsApi.Day(SpecialNeedsApi.Today.AddDays(3)))).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("assessedOn"));
        var file = await (await _officer.GetAsync($"{SpecialNeedsApi.Children}?townshipCode={township}")).ShouldBeAsync(HttpStatusCode.OK);
        var child = file["items"]![0]!;
        Assert.Empty((await (await _officer.GetAsync($"{SpecialNeedsApi.Children}/{child.Text("id")}")).ShouldBeAsync(HttpStatusCode.OK))["assessments"]!.AsArray());
    }
}
