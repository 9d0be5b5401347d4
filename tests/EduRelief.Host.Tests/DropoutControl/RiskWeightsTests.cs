using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Host.Tests.DropoutControl;

/// <summary>
/// The weights are the county's, read from <c>EduRelief:DropoutControl:Risk:Weights</c>. On a Host of its own, whose
/// job is run from its own container: Hangfire's job activation is process-wide, so a second Host's trigger could run
/// in the shared Host's container.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class RiskWeightsTests
{
    private static readonly Type JobType = Type.GetType("EduRelief.Modules.DropoutControl.Jobs.RiskScoresJob, EduRelief.Modules.DropoutControl", throwOnError: true)!;

    [Fact]
    public async Task Weights_from_configuration_change_the_score()
    {
        using var app = new EduReliefApp(new Dictionary<string, string?>
        {
            ["EduRelief:DropoutControl:Risk:Weights:Hardship"] = "50",
            ["EduRelief:DropoutControl:Risk:Weights:LeftBehind"] = "0",
        });
        var officer = app.CreateClient();
        var (_, school) = await officer.TownshipWithSchoolAsync();
        var student = await officer.RiskStudentAsync(school, RiskApi.BornYearsAgo(9), ["RegisteredPoorHousehold"], leftBehind: true);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await ((IRecurringJob)scope.ServiceProvider.GetRequiredService(JobType)).RunAsync(CancellationToken.None);
        }

        var risk = await officer.RiskOfAsync(school, student.Text("nationalId"));
        Assert.Equal(50, risk!.Number("score"));
        Assert.Equal(["Hardship", "LeftBehind"], risk!.Signals());
    }
}
