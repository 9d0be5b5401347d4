using EduRelief.Host.Demo.InProcess;

namespace EduRelief.Host.Demo.Steps;

/// <summary>Registry: the townships, villages and schools, each by its code, entered unless the Registry lists it already.</summary>
internal sealed class PlacesStep : IDemoStep
{
    public async Task RunAsync(DemoRun run, CancellationToken cancellationToken)
    {
        var (county, clerk) = (run.County, run.Clerk);
        var townships = await clerk.CodesAsync("/api/registry/townships", cancellationToken);
        await run.EnterMissingAsync(
            DemoRecords.Townships, county.Townships, t => townships.Contains(t.Code), t => clerk.PostAsync("/api/registry/townships", new { t.Code, t.Name }, cancellationToken));

        // The Registry lists no villages: those of a township that was there already are looked up one by one.
        var villages = new HashSet<string>(StringComparer.Ordinal);
        foreach (var village in county.Villages.Where(v => townships.Contains(v.TownshipCode)))
        {
            if (await clerk.GetAsync($"/api/registry/villages/{village.Code}", cancellationToken) is not null)
            {
                villages.Add(village.Code);
            }
        }

        await run.EnterMissingAsync(
            DemoRecords.Villages, county.Villages, v => villages.Contains(v.Code), v => clerk.PostAsync("/api/registry/villages", new { v.Code, v.Name, v.TownshipCode }, cancellationToken));
        var schools = await clerk.CodesAsync("/api/registry/schools", cancellationToken);
        await run.EnterMissingAsync(
            DemoRecords.Schools,
            county.Schools,
            s => schools.Contains(s.Code),
            s => clerk.PostAsync(
                "/api/registry/schools",
                new { s.Code, s.Name, s.TownshipCode, Stage = s.Stage.ToString(), Location = s.Location.ToString(), s.Classrooms },
                cancellationToken));
    }
}
