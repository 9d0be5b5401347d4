using System.Globalization;
using EduRelief.Host.Demo.InProcess;
using EduRelief.SharedKernel.Errors;
using Microsoft.AspNetCore.Hosting.Server;

namespace EduRelief.Host.Demo;

/// <summary>
/// <c>demo seed-county [--seed N]</c>: the Host starts without listening, migrates as it always does, builds the demo
/// county, prints what it did and exits. Every other argument is the Host's, as on a normal start.
/// </summary>
internal sealed record DemoCommandLine(int Seed, string[] HostArgs)
{
    public const string Usage = "usage: dotnet run --project src/Host -- demo seed-county [--seed N]   (N: 0 or a positive whole number)";

    /// <summary>False with an error when the arguments start with <c>demo</c> but say nothing it knows; null when they are not a demo verb.</summary>
    public static bool TryParse(string[] args, out DemoCommandLine? command, out string? error)
    {
        (command, error) = (null, null);
        if (args.Length == 0 || args[0] != "demo")
        {
            return true;
        }

        if (args.Length < 2 || args[1] != "seed-county")
        {
            error = $"unknown demo command '{string.Join(' ', args.Skip(1))}'\n{Usage}";
            return false;
        }

        var seed = SeedCountyGenerator.DefaultSeed;
        var rest = new List<string>();
        for (var i = 2; i < args.Length; i++)
        {
            string? value = null;
            if (args[i] == "--seed")
            {
                value = i + 1 < args.Length ? args[++i] : string.Empty;
            }
            else if (args[i].StartsWith("--seed=", StringComparison.Ordinal))
            {
                value = args[i]["--seed=".Length..];
            }
            else
            {
                rest.Add(args[i]);
                continue;
            }

            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out seed))
            {
                error = $"seed: '{value}' must be 0 or a positive whole number\n{Usage}";
                return false;
            }
        }

        command = new DemoCommandLine(seed, [.. rest]);
        return true;
    }

    /// <summary>No port opened; only warnings and the generator's own progress on the console.</summary>
    public static void ConfigureHost(WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IServer, NoListeningServer>();
        builder.Logging.AddFilter((category, level) => level >= LogLevel.Warning || (category?.StartsWith(typeof(DemoCommandLine).Namespace!, StringComparison.Ordinal) ?? false));
    }

    public async Task<int> RunAsync(WebApplication app)
    {
        await app.StartAsync();
        try
        {
            var report = await app.Services.GetRequiredService<SeedCountyGenerator>().RunAsync(Seed, CancellationToken.None);
            DemoReportPrinter.Print(report, Console.Out);
            return 0;
        }
        catch (Exception ex) when (ex is DemoStepFailedException or ConflictException or ValidationFailedException)
        {
            await Console.Error.WriteLineAsync($"demo seed-county: {ex.Message}");
            return 1;
        }
        finally
        {
            await app.StopAsync();
        }
    }
}
