using System.Net.Http.Headers;
using EduRelief.BuildingBlocks.Locking;
using EduRelief.Host.Demo.County;
using EduRelief.Host.Demo.InProcess;
using EduRelief.Host.Demo.Steps;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Modules;
using EduRelief.SharedKernel.Time;

namespace EduRelief.Host.Demo;

/// <summary>
/// Builds the demo county (DOMAIN.md, "The seed county as a demo") through the modules' own HTTP routes, in-process,
/// as two officers of its relief office (<see cref="DemoClerk"/>): the Registry first, then each module's records,
/// last the aid batches, approved by the second officer and reconciled with the bank's answer. Run again with the same
/// seed it finds everything there and adds nothing; it refuses a database that holds anything else.
/// </summary>
internal sealed partial class SeedCountyGenerator(
    InProcessPipeline pipeline,
    IHttpContextFactory contexts,
    IModuleDirectory modules,
    IDistributedLock locks,
    CountyClock county,
    TimeProvider time,
    ILogger<SeedCountyGenerator> logger)
{
    public const int DefaultSeed = 2025;

    private const string LockName = "demo:seed-county";

    private static readonly IDemoStep[] Steps =
    [
        new PlacesStep(),
        new RosterStep(),
        new DropoutStep(),
        new ConstructionStep(),
        new TeacherStep(),
        new SpecialNeedsStep(),
        new VocationalStep(),
        new SubsidiesStep(),
    ];

    public async Task<DemoReport> RunAsync(int seed, CancellationToken cancellationToken)
    {
        if (county.Today <= DemoCalendar.LastDayWritten)
        {
            throw new ConflictException("year", new UserText(
                $"示范县的 {DemoCalendar.Year} 年数据写到 {DemoCalendar.LastDayWritten:yyyy-MM-dd}（秋季学期结束）；县域日期 {county.Today:yyyy-MM-dd} 尚未过此日",
                $"the demo county's {DemoCalendar.Year} runs to {DemoCalendar.LastDayWritten:yyyy-MM-dd} (the end of the autumn term); the county's date {county.Today:yyyy-MM-dd} is not past it"));
        }

        CountyGuard.EnsureModulesOn(modules);
        await using var held = await locks.AcquireAsync(LockName, cancellationToken);
        var started = time.GetTimestamp();
        var plan = CountyPlanner.Plan(seed);
        using var clerk = Client(DemoClerk.Clerk);
        using var approver = Client(DemoClerk.Approver);
        var run = new DemoRun(plan, new CountyApi(clerk), new CountyApi(approver), new DemoTally());
        await CountyGuard.EnsureYearsOpenAsync(run, cancellationToken);
        await CountyGuard.EnsureEmptyOrSameCountyAsync(run, cancellationToken);
        foreach (var step in Steps)
        {
            var stepStarted = time.GetTimestamp();
            await step.RunAsync(run, cancellationToken);
            LogStep(logger, step.GetType().Name, time.GetElapsedTime(stepStarted).TotalSeconds);
        }

        return new DemoReport(seed, DemoCalendar.Year, DemoDescription.Of(plan), run.Tally.Counts(), time.GetElapsedTime(started));
    }

    private HttpClient Client(DemoClerk clerk)
    {
        var client = new HttpClient(new InProcessHandler(pipeline, contexts, clerk.Principal()))
        {
            BaseAddress = new Uri("http://localhost/"),
            Timeout = Timeout.InfiniteTimeSpan,
        };

        // The modules' refusals in English, for the log of a run that went wrong.
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        return client;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo county: {Step} done in {Seconds:0.0} s")]
    private static partial void LogStep(ILogger logger, string step, double seconds);
}
