using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using static EduRelief.Host.Tests.Registry.RegistryApi;

namespace EduRelief.Host.Tests.Registry;

/// <summary>
/// A list ordered by name, school or grade holds across pages, ties broken by the list order; no order by national ID
/// or birth date is offered (ADR 10).
/// </summary>
[Collection(HostCollection.Name)]
public sealed class StudentOrderTests(EduReliefApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Pages_ordered_by_name_follow_one_another_in_name_order()
    {
        var (township, school) = await _client.TownshipWithSchoolAsync();
        var names = new[] { "赵六", "王五", "张三", "李四", "陈七", "周八", "吴九" };
        var csv = Csv([RosterHeader, .. names.Select(n => RosterLine(TestIds.NationalId(), school, name: n))]);
        await (await _client.ImportRosterAsync(csv)).ShouldBeAsync(HttpStatusCode.OK);

        var listed = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var body = await _client.FindStudentsAsync($"townshipCode={township}&sort=name&pageSize=3&page={page}");
            Assert.Equal(names.Length, body.Number("total"));
            listed.AddRange(body["items"].Strings("name"));
        }

        Assert.Equal(names.Order(StringComparer.Ordinal), listed);
    }

    [Fact]
    public async Task Ordered_by_grade_the_lower_grades_come_first()
    {
        var (township, school) = await _client.TownshipWithSchoolAsync();
        var grades = new[] { 5, 1, 3, 6, 2 };
        var csv = Csv([RosterHeader, .. grades.Select(g => RosterLine(TestIds.NationalId(), school, grade: g))]);
        await (await _client.ImportRosterAsync(csv)).ShouldBeAsync(HttpStatusCode.OK);

        var body = await _client.FindStudentsAsync($"townshipCode={township}&sort=grade");

        Assert.Equal(grades.Order(), body["items"]!.AsArray().Select(s => s.Number("grade")));
    }

    [Theory]
    [InlineData("nationalId")]
    [InlineData("birthDate")]
    [InlineData("sideways")]
    public async Task An_order_the_list_does_not_offer_is_refused_naming_sort(string sort)
    {
        var problem = await (await _client.GetAsync($"{Students}?sort={sort}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.FieldErrors("sort"));
    }
}
