namespace EduRelief.Host.Demo.Steps;

/// <summary>One module's part of the demo county, entered through that module's own routes; run again, it finds what it entered.</summary>
internal interface IDemoStep
{
    Task RunAsync(DemoRun run, CancellationToken cancellationToken);
}
