using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace EduRelief.Bench.Load;

/// <summary>
/// One figure: <c>clients</c> concurrent clients (each its own HTTP connection) sending GETs for a fixed time, either
/// at a fixed total rate (request <c>i</c> is due at <c>i / rate</c> seconds; a free client takes the next due
/// request) or as fast as they can (max throughput). Bounded in time and in count: it stops at the duration or after
/// <c>maxRequests</c>, whichever comes first. Latency is measured from the send; at a fixed rate it is also measured
/// from the moment the request was due, which counts the queueing of a server that cannot keep up.
/// </summary>
internal static class LoadRun
{
    public static async Task<LoadResult> RunAsync(
        string figure, IReadOnlyList<HttpClient> clients, Func<Random, string> url, double? rate, TimeSpan duration, long maxRequests)
    {
        var frequency = (double)Stopwatch.Frequency;
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * frequency);
        var next = -1L;
        var workers = clients.Select((client, index) => Task.Run(async () =>
        {
            var random = new Random(index * 7919 + 17);
            var tally = new Tally();
            while (true)
            {
                var ticket = Interlocked.Increment(ref next);
                if (ticket >= maxRequests)
                {
                    break;
                }

                long due;
                if (rate is { } perSecond)
                {
                    due = started + (long)(ticket / perSecond * frequency);
                    if (due >= deadline)
                    {
                        break;
                    }

                    var wait = due - Stopwatch.GetTimestamp();
                    if (wait > 0)
                    {
                        await Task.Delay(TimeSpan.FromSeconds(wait / frequency));
                    }
                }
                else
                {
                    due = Stopwatch.GetTimestamp();
                    if (due >= deadline)
                    {
                        break;
                    }
                }

                var sent = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(new Uri(url(random), UriKind.Relative), HttpCompletionOption.ResponseContentRead);
                    if (response.IsSuccessStatusCode)
                    {
                        tally.Ok++;
                    }
                    else
                    {
                        tally.Statuses[response.StatusCode] = tally.Statuses.GetValueOrDefault(response.StatusCode) + 1;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    tally.Exceptions[e.GetType().Name] = tally.Exceptions.GetValueOrDefault(e.GetType().Name) + 1;
                }

                var done = Stopwatch.GetTimestamp();
                tally.Latencies.Add((done - sent) / frequency * 1000);
                tally.FromDue.Add((done - due) / frequency * 1000);
            }

            return tally;
        })).ToList();
        var tallies = await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started);
        return LoadResult.Of(figure, rate, elapsed, tallies) with { Load = LoadAverage() };
    }

    /// <summary>The machine's one-minute load average (Linux): how many others wanted the two cores meanwhile.</summary>
    private static double LoadAverage()
    {
        try
        {
            var text = File.ReadAllText("/proc/loadavg");
            return double.Parse(text.Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return double.NaN;
        }
    }

    internal sealed class Tally
    {
        public int Ok { get; set; }

        public Dictionary<HttpStatusCode, int> Statuses { get; } = [];

        public Dictionary<string, int> Exceptions { get; } = new(StringComparer.Ordinal);

        public List<double> Latencies { get; } = [];

        public List<double> FromDue { get; } = [];
    }
}

/// <summary>What one figure measured.</summary>
internal sealed record LoadResult(
    string Figure,
    double? TargetRate,
    TimeSpan Elapsed,
    int Requests,
    int Ok,
    IReadOnlyDictionary<HttpStatusCode, int> NonSuccess,
    IReadOnlyDictionary<string, int> Exceptions,
    double P50,
    double P99,
    double Max,
    double P99FromDue)
{
    public double Achieved => Requests / Elapsed.TotalSeconds;

    /// <summary>The one-minute load average when the figure ended (2 cores: above 2, something waited).</summary>
    public double Load { get; init; } = double.NaN;

    public int Errors => Requests - Ok;

    public static LoadResult Of(string figure, double? rate, TimeSpan elapsed, IReadOnlyList<LoadRun.Tally> tallies)
    {
        var latencies = tallies.SelectMany(t => t.Latencies).Order().ToArray();
        var fromDue = tallies.SelectMany(t => t.FromDue).Order().ToArray();
        var statuses = tallies.SelectMany(t => t.Statuses).GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.Sum(s => s.Value));
        var exceptions = tallies.SelectMany(t => t.Exceptions).GroupBy(s => s.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(s => s.Value), StringComparer.Ordinal);
        return new LoadResult(
            figure,
            rate,
            elapsed,
            latencies.Length,
            tallies.Sum(t => t.Ok),
            statuses,
            exceptions,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.99),
            latencies.Length == 0 ? double.NaN : latencies[^1],
            Percentile(fromDue, 0.99));
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    public static string Header =>
        $"  {"figure",-34} {"target",8} {"achieved",10} {"p50",9} {"p99",9} {"max",9} {"p99 due",9} {"errors",7} {"load",5}";

    public override string ToString()
    {
        var target = TargetRate is { } r ? r.ToString("0", CultureInfo.InvariantCulture) + "/s" : "max";
        var held = TargetRate is { } t && Achieved < 0.97 * t ? " (not held)" : string.Empty;
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"  {Figure,-34} {target,8} {Achieved,8:0}/s {P50,6:0.0} ms {P99,6:0.0} ms {Max,6:0} ms {(TargetRate is null ? "" : P99FromDue.ToString("0.0", CultureInfo.InvariantCulture) + " ms"),9} {Errors,7} {Load,5:0.0}{held}");
        if (Errors > 0)
        {
            line += "  [" + string.Join(", ", NonSuccess.Select(s => $"{(int)s.Key}: {s.Value}").Concat(Exceptions.Select(e => $"{e.Key}: {e.Value}"))) + "]";
        }

        return line;
    }
}
