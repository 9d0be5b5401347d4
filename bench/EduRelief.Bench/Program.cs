using System.Globalization;
using EduRelief.Bench;
using EduRelief.SharedKernel.Localization;

// Usage: dotnet run -c Release --project bench/EduRelief.Bench -- [N ...] [--million] [--keep] [--no-warmup] [--postgresql]
// --allowance alone runs the monthly allowance roll (20,000 teachers across 2,000 schools) beside hand-written SQL.
// --special-needs [N] alone runs the register/Registry match and the plan-review job for the disabled among N students (default 1,000,000) beside hand-written SQL.
// --vocational [N] alone runs a RainDew batch over Vocational's enrolments (one in fifty of N students, default 1,000,000) beside the LivingSubsidy batch and hand-written SQL.
// --summary [N] alone runs the whole annual summary over N students (default 1,000,000) after the ledger refreshes, each module's share, beside hand-written SQL.
// --dropout-control [N] alone runs the dropout ledger refresh and the risk job over N students (default 100,000; 1,000 open cases) and the consolidation rate beside hand-written SQL.
// --facilities alone runs the facilities ledger refresh (2,000 schools, 50,000 buildings, 200,000 appraisals) beside hand-written SQL.
// --postgresql runs the figures on a throwaway PostgreSQL server instead (one N).
// Default N is 100000; --million adds 1000000. With more than one N each runs in its own child process, so every
// peak working set figure belongs to one N alone.
// The figures and the job reports it prints are read in English.
using var english = UserLanguage.Use(english: true);
var counts = new List<int>();
var keep = false;
var warmUp = true;
var postgreSql = false;
if (args is ["--allowance"])
{
    await AllowanceRollBenchRun.RunAsync(CancellationToken.None);
    return 0;
}

if (args is ["--special-needs", ..])
{
    var students = args.Length > 1 && int.TryParse(args[1].Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1_000_000;
    await new SpecialNeedsBenchRun(students).RunAsync(CancellationToken.None);
    return 0;
}

if (args is ["--vocational", ..])
{
    var students = args.Length > 1 && int.TryParse(args[1].Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1_000_000;
    await new VocationalBenchRun(students).RunAsync(CancellationToken.None);
    return 0;
}

if (args is ["--summary", ..])
{
    var students = args.Length > 1 && int.TryParse(args[1].Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1_000_000;
    await new SummaryBenchRun(students).RunAsync(CancellationToken.None);
    return 0;
}

if (args is ["--dropout-control", ..])
{
    var students = args.Length > 1 && int.TryParse(args[1].Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 100_000;
    await new DropoutControlBenchRun(students).RunAsync(CancellationToken.None);
    return 0;
}

if (args is ["--facilities"])
{
    await FacilitiesBenchRun.RunAsync(CancellationToken.None);
    return 0;
}

foreach (var arg in args)
{
    switch (arg)
    {
        case "--postgresql":
            postgreSql = true;
            break;
        case "--million":
            counts.Add(1_000_000);
            break;
        case "--keep":
            keep = true;
            break;
        case "--no-warmup":
            warmUp = false;
            break;
        default:
            if (!int.TryParse(arg.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
            {
                Console.Error.WriteLine($"unknown argument '{arg}'; usage: [N ...] [--million] [--keep] [--no-warmup]");
                return 2;
            }

            counts.Add(n);
            break;
    }
}

if (!args.Any(a => a.Length > 0 && char.IsAsciiDigit(a[0])))
{
    counts.Insert(0, 100_000);
}

if (postgreSql)
{
    await new PostgreSqlBenchRun(counts[0]).RunAsync(CancellationToken.None);
    return 0;
}

if (counts.Count == 1)
{
    await new BenchRun(counts[0], keep, warmUp).RunAsync(CancellationToken.None);
    return 0;
}

var exitCode = 0;
foreach (var count in counts)
{
    exitCode = Math.Max(exitCode, await ChildProcess.RunAsync(count, keep, warmUp));
    Console.WriteLine();
}

return exitCode;
