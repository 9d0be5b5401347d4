using System.Diagnostics;
using EduRelief.BuildingBlocks.Upload;
using EduRelief.Modules.Registry.Features.ImportRoster;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Bench;

/// <summary>The Registry of a bench's data folder seeded with the synthetic roster by the roster import, as a county seeds it.</summary>
internal static class RosterSeed
{
    public static async Task ImportAsync(string directory, SyntheticRoster roster, CancellationToken cancellationToken)
    {
        await using var registry = await RegistryHost.CreateAsync(directory, long.MaxValue, cancellationToken);
        var csv = Path.Combine(directory, "roster.csv");
        await roster.WriteRosterAsync(csv, cancellationToken);
        var seeding = Stopwatch.StartNew();
        await using var scope = registry.CreateScope();
        await using var body = File.OpenRead(csv);
        await scope.ServiceProvider.GetRequiredService<RosterImporter>().ImportAsync(new UploadedFile(body), dryRun: false, partial: false, cancellationToken);
        Console.WriteLine($"seeded the Registry with {roster.Count:N0} students by the roster import in {seeding.Elapsed.TotalSeconds:0.0} s");
    }
}
