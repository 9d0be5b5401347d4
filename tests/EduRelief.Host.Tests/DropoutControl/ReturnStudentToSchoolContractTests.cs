using System.Net;
using EduRelief.Contracts.Registry;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.SpecialNeeds;
using EduRelief.SharedKernel.Errors;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Host.Tests.DropoutControl;

/// <summary>The Registry's contract a persuaded return goes through: Enrolled again at a school from a day, kept as history, idempotent.</summary>
[Collection(HostCollection.Name)]
public sealed class ReturnStudentToSchoolContractTests(EduReliefApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task A_return_sent_twice_re_enrols_the_student_once_from_the_return_day()
    {
        var (township, school) = await _client.TownshipWithSchoolAsync();
        var other = await _client.SchoolAsync(township);
        var nationalId = await _client.RegistryStudentAsync(school);
        var student = Assert.Single(await _client.ItemsAsync($"/api/registry/students?nationalId={nationalId}"));
        var id = student.Text("id");
        var dropped = new { status = "DroppedOut", effectiveOn = SpecialNeedsApi.DaysAgo(40), version = student["version"]!.GetValue<int>() };
        await (await _client.PatchJsonAsync($"/api/registry/students/{id}", dropped)).ShouldBeAsync(HttpStatusCode.OK);
        var command = new ReturnStudentToSchoolCommand { StudentId = Guid.Parse(id), SchoolCode = other, EffectiveOn = SpecialNeedsApi.Today.AddDays(-3), Source = "DropoutControl:case:test" };

        var first = await SendAsync(command);
        var second = await SendAsync(command);

        Assert.Equal(StudentStatus.Enrolled, first.Status);
        Assert.Equal(other, first.SchoolCode);
        Assert.Equal(first.Version, second.Version);
        var status = (await _client.GetFileAsync(id))["history"]!.AsArray().Where(c => c.Text("field") == "status" && c.Text("newValue") == "Enrolled").ToList();
        Assert.Equal(SpecialNeedsApi.DaysAgo(3), Assert.Single(status).Text("effectiveOn"));
        Assert.Equal("DropoutControl:case:test", status[0].Text("source"));
    }

    [Fact]
    public async Task A_return_to_an_unknown_school_is_refused_naming_the_field()
    {
        var (_, school) = await _client.TownshipWithSchoolAsync();
        var nationalId = await _client.RegistryStudentAsync(school);
        var id = Guid.Parse(Assert.Single(await _client.ItemsAsync($"/api/registry/students?nationalId={nationalId}")).Text("id"));

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => SendAsync(new ReturnStudentToSchoolCommand { StudentId = id, SchoolCode = "NO-SUCH", EffectiveOn = SpecialNeedsApi.Today, Source = "test" }));

        Assert.True(refused.Errors.ContainsKey("schoolCode"));
        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new ReturnStudentToSchoolCommand { StudentId = Guid.NewGuid(), SchoolCode = school, EffectiveOn = SpecialNeedsApi.Today, Source = "test" }));
    }

    private async Task<StudentDto> SendAsync(ReturnStudentToSchoolCommand command)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
    }
}
