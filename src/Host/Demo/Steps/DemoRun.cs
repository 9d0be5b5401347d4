using System.Text.Json.Nodes;
using EduRelief.Host.Demo.County;
using EduRelief.Host.Demo.InProcess;

namespace EduRelief.Host.Demo.Steps;

/// <summary>One run of the generator: the county planned, the two clerks' API, and the tally of what was entered or found.</summary>
internal sealed record DemoRun(DemoCounty County, CountyApi Clerk, CountyApi Approver, DemoTally Tally)
{
    /// <summary>Sends each item the module does not hold yet (<paramref name="held"/>), and counts both kinds.</summary>
    public async Task EnterMissingAsync<T>(DemoRecord record, IEnumerable<T> items, Func<T, bool> held, Func<T, Task<JsonNode?>> enter)
    {
        foreach (var item in items)
        {
            if (held(item))
            {
                Tally.Found(record);
                continue;
            }

            await enter(item);
            Tally.Created(record);
        }
    }

    /// <summary>A random source of the step's own, so one step's draws never move another's.</summary>
    public Random RandomFor(string step) => new(unchecked((County.Seed * 7919) + StableHash(step)));

    // Not string.GetHashCode, which differs from one process to the next.
    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}
