using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;

namespace EduRelief.Host.Tests.SchoolConstruction;

/// <summary>Equipment is recorded per school and day; bad counts are refused naming the field.</summary>
[Collection(HostCollection.Name)]
public sealed class EquipmentTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task The_same_day_sent_again_replaces_that_days_counts()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();

        await (await _officer.PutEquipmentAsync(school, ConstructionApi.DaysAgo(5), 10, 4)).ShouldBeAsync(HttpStatusCode.OK);
        var replaced = await (await _officer.PutEquipmentAsync(school, ConstructionApi.DaysAgo(5), 10, 10, onlineClassrooms: 1)).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal(10, replaced.Number("multimediaClassrooms"));
        Assert.Equal(1, replaced.Number("onlineClassrooms"));
    }

    [Fact]
    public async Task More_multimedia_classrooms_than_classrooms_are_refused_and_nothing_is_recorded()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        await (await _officer.PutEquipmentAsync(school, ConstructionApi.DaysAgo(5), 10, 4)).ShouldBeAsync(HttpStatusCode.OK);

        var problem = await (await _officer.PutEquipmentAsync(school, ConstructionApi.DaysAgo(5), 10, 11)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["11 multimedia classrooms is more than the 10 classrooms"], problem.FieldErrors("multimediaClassrooms"));
        var again = await (await _officer.PutEquipmentAsync(school, ConstructionApi.DaysAgo(5), 10, 4)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(4, again.Number("multimediaClassrooms"));
    }

    [Fact]
    public async Task A_day_to_come_a_negative_count_or_an_unknown_school_is_refused_naming_the_field()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();

        Assert.NotEmpty((await (await _officer.PutEquipmentAsync(school, ConstructionApi.Day(ConstructionApi.Today.AddDays(3)), 10, 4)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("asOf"));
        Assert.NotEmpty((await (await _officer.PutEquipmentAsync(school, ConstructionApi.DaysAgo(1), -1, 0)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("classrooms"));
        Assert.NotEmpty((await (await _officer.PutEquipmentAsync("NO-SUCH-SCHOOL", ConstructionApi.DaysAgo(1), 10, 4)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("schoolCode"));
    }
}
