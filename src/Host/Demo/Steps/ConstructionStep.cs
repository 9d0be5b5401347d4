using System.Text.Json.Nodes;
using EduRelief.Host.Demo.County;
using EduRelief.Host.Demo.InProcess;

namespace EduRelief.Host.Demo.Steps;

/// <summary>
/// SchoolConstruction: buildings (by school and name) with their appraisals (by report number), projects (by code)
/// with each move and payment they lack, and every school's equipment, skipped where the figures' records show it.
/// </summary>
internal sealed class ConstructionStep : IDemoStep
{
    private const string Api = "/api/school-construction";

    public async Task RunAsync(DemoRun run, CancellationToken cancellationToken)
    {
        var plan = ConstructionPlanner.Plan(run.County, run.RandomFor("construction"));
        var ids = await BuildingsAsync(run, plan.Buildings, cancellationToken);
        var projects = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var project in run.Clerk.ListAsync($"{Api}/projects", cancellationToken))
        {
            projects.Add(project.Text("code"));
        }

        foreach (var project in plan.Projects)
        {
            await ProjectAsync(run, project, projects.Contains(project.Code), ids, cancellationToken);
        }

        await EquipmentAsync(run, plan.Equipment, cancellationToken);
    }

    private static async Task<Dictionary<PlannedBuilding, Guid>> BuildingsAsync(DemoRun run, IReadOnlyList<PlannedBuilding> buildings, CancellationToken cancellationToken)
    {
        var (clerk, tally) = (run.Clerk, run.Tally);
        var existing = new Dictionary<(string School, string Name), JsonNode>();
        await foreach (var building in clerk.ListAsync($"{Api}/buildings", cancellationToken))
        {
            existing[(building["schoolCode"]!.GetValue<string>(), building["name"]!.GetValue<string>())] = building;
        }

        var ids = new Dictionary<PlannedBuilding, Guid>();
        foreach (var building in buildings)
        {
            HashSet<string> reports = [];
            if (existing.TryGetValue((building.School.Code, building.Name), out var found))
            {
                tally.Found(DemoRecords.Buildings);
                ids[building] = found["id"]!.GetValue<Guid>();
                if (found["demolishedOn"] is not null)
                {
                    tally.Found(DemoRecords.Appraisals, building.Appraisals.Count);
                    continue;
                }

                var detail = await clerk.GetAsync($"{Api}/buildings/{ids[building]}", cancellationToken);
                reports = detail!["appraisals"]!.AsArray().Select(a => a!["reportNo"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
            }
            else
            {
                var made = await clerk.PostAsync(
                    $"{Api}/buildings",
                    new { SchoolCode = building.School.Code, building.Name, building.Use, building.FloorArea, building.YearBuilt, building.Structure },
                    cancellationToken);
                tally.Created(DemoRecords.Buildings);
                ids[building] = made!["id"]!.GetValue<Guid>();
            }

            await run.EnterMissingAsync(
                DemoRecords.Appraisals,
                building.Appraisals,
                a => reports.Contains(a.ReportNo),
                a => clerk.PostAsync($"{Api}/buildings/{ids[building]}/appraisals", a, cancellationToken));
        }

        return ids;
    }

    /// <summary>Moves up to construction, then the payments, then completion and acceptance (no payment after acceptance).</summary>
    private static async Task ProjectAsync(DemoRun run, PlannedProject project, bool planned, Dictionary<PlannedBuilding, Guid> buildings, CancellationToken cancellationToken)
    {
        var (clerk, tally) = (run.Clerk, run.Tally);
        var route = $"{Api}/projects/{project.Code}";
        var existing = planned ? await clerk.GetAsync(route, cancellationToken) : null;
        if (existing is null)
        {
            existing = (await clerk.PostAsync(
                $"{Api}/projects",
                new
                {
                    project.Code,
                    project.Name,
                    SchoolCode = project.School.Code,
                    project.Type,
                    Budget = project.Budget.Select(b => new { b.Source, b.Amount }),
                    project.PlannedSeats,
                    RemovesBuildingIds = project.Removes.Select(b => buildings[b]),
                    project.PlannedStart,
                    project.PlannedEnd,
                },
                cancellationToken))!;
            tally.Created(DemoRecords.Projects);
        }
        else
        {
            tally.Found(DemoRecords.Projects);
        }

        var moved = existing["moves"]!.AsArray().Select(m => m!["status"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        var paid = existing["spending"]!.AsArray()
            .Select(s => (s!["spentOn"]!.Date(), s["amount"]!.GetValue<decimal>(), s["purpose"]!.GetValue<string>()))
            .ToHashSet();
        var beforePayments = project.Moves.Take(2);
        await MovesAsync(run, route, beforePayments, moved, cancellationToken);
        await run.EnterMissingAsync(
            DemoRecords.Spending, project.Spending, s => paid.Contains((s.SpentOn, s.Amount, s.Purpose)), s => clerk.PostAsync($"{route}/spending", s, cancellationToken));
        await MovesAsync(run, route, project.Moves.Skip(2), moved, cancellationToken);
    }

    private static Task MovesAsync(DemoRun run, string route, IEnumerable<PlannedMove> moves, HashSet<string> moved, CancellationToken cancellationToken) =>
        run.EnterMissingAsync(DemoRecords.ProjectMoves, moves, m => moved.Contains(m.Status), m => run.Clerk.PostAsync($"{route}/status", m, cancellationToken));

    private static async Task EquipmentAsync(DemoRun run, IReadOnlyList<PlannedEquipment> equipment, CancellationToken cancellationToken)
    {
        // The online-classroom figure's records are every school's latest equipment of the year: what this run finds there it does not send again.
        var records = await run.Clerk.GetAsync($"/api/reporting/figures/onlineClassrooms/records?year={DemoCalendar.Year}&pageSize=500", cancellationToken);
        var latest = records!["items"]!.AsArray().ToDictionary(r => r!.Text("schoolCode"), r => r!["asOf"]!.Date(), StringComparer.Ordinal);
        var last = equipment.GroupBy(e => e.School).ToDictionary(g => g.Key, g => g.Max(e => e.AsOf));
        foreach (var record in equipment)
        {
            if (latest.TryGetValue(record.School.Code, out var asOf) && asOf == last[record.School])
            {
                run.Tally.Found(DemoRecords.Equipment);
                continue;
            }

            await run.Clerk.PutAsync(
                $"{Api}/schools/{record.School.Code}/equipment",
                new { record.AsOf, record.Classrooms, record.MultimediaClassrooms, record.Labs, record.LibraryVolumes, record.OnlineClassrooms },
                cancellationToken);
            run.Tally.Created(DemoRecords.Equipment);
        }
    }
}
