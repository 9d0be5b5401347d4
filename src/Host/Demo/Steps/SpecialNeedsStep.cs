using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using EduRelief.Host.Demo.County;
using EduRelief.Host.Demo.InProcess;

namespace EduRelief.Host.Demo.Steps;

/// <summary>
/// SpecialNeeds: the federation's list of school-age disabled children as one import (matched with the Registry by
/// national ID), each child's assessment and placement plan unless a plan is in force, the home-taught visits (by day),
/// and the left-behind children homes (by code) with their children and activities (by day and kind).
/// </summary>
internal sealed class SpecialNeedsStep : IDemoStep
{
    private const string Api = "/api/special-needs";
    private const string Source = "县残联2025年学龄残疾儿童摸底名单";

    public async Task RunAsync(DemoRun run, CancellationToken cancellationToken)
    {
        var plan = SpecialNeedsPlanner.Plan(run.County, run.RandomFor("special-needs"));
        await RegisterAsync(run, plan.Placements, cancellationToken);
        await PlaceAsync(run, plan.Placements, cancellationToken);
        var homes = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var home in run.Clerk.ListAsync($"{Api}/homes", cancellationToken))
        {
            homes.Add(home.Text("code"));
        }

        foreach (var home in plan.Homes)
        {
            await HomeAsync(run, home, homes.Contains(home.Code), cancellationToken);
        }
    }

    private static async Task RegisterAsync(DemoRun run, IReadOnlyList<PlannedPlacement> placements, CancellationToken cancellationToken)
    {
        var villages = run.County.Villages.ToDictionary(v => v.Code, v => v.TownshipCode, StringComparer.Ordinal);
        var csv = new StringBuilder("national_id,name,township_code,village_code,disability_category,disability_grade,guardian,source\n");
        foreach (var child in placements.Select(p => p.Child))
        {
            csv.Append(CultureInfo.InvariantCulture, $"{child.NationalId},{child.Name},{villages[child.VillageCode]},{child.VillageCode},{child.Disability},{child.DisabilityGrade},{child.Guardian.Name},{Source}\n");
        }

        var report = (await run.Clerk.UploadCsvAsync($"{Api}/imports/children?partial=false", csv.ToString(), cancellationToken))!;
        run.Tally.Created(DemoRecords.DisabledChildren, report["accepted"]!.GetValue<int>());
        run.Tally.Found(DemoRecords.DisabledChildren, report["unchanged"]!.GetValue<int>() + report["updated"]!.GetValue<int>());
    }

    private static async Task PlaceAsync(DemoRun run, IReadOnlyList<PlannedPlacement> placements, CancellationToken cancellationToken)
    {
        var (clerk, tally) = (run.Clerk, run.Tally);
        var current = new Dictionary<string, Guid>(StringComparer.Ordinal);
        await foreach (var plan in clerk.ListAsync($"{Api}/plans?current=true", cancellationToken))
        {
            current[plan.Text("nationalId")] = plan["id"]!.GetValue<Guid>();
        }

        foreach (var placement in placements)
        {
            var child = placement.Child;
            HashSet<DateOnly> visited = [];
            if (current.TryGetValue(child.NationalId, out var planId))
            {
                tally.Found(DemoRecords.Assessments);
                tally.Found(DemoRecords.Plans);
                var visits = await clerk.GetAsync($"{Api}/plans/{planId}/visits", cancellationToken);
                visited = Items(visits!).Select(v => v["on"]!.Date()).ToHashSet();
            }
            else
            {
                await clerk.PostAsync(
                    $"{Api}/assessments",
                    new
                    {
                        child.NationalId,
                        placement.AssessedOn,
                        Category = child.Disability.ToString(),
                        Grade = child.DisabilityGrade,
                        Body = SpecialNeedsPlanner.Committee,
                        Recommendation = placement.Mode,
                    },
                    cancellationToken);
                tally.Created(DemoRecords.Assessments);
                var made = await clerk.PostAsync(
                    $"{Api}/plans",
                    new
                    {
                        child.NationalId,
                        placement.Mode,
                        SchoolCode = child.School.Code,
                        placement.Teacher,
                        placement.Goals,
                        placement.StartsOn,
                        placement.ReviewOn,
                        GuardianConsentOn = placement.ConsentOn,
                    },
                    cancellationToken);
                planId = made!["id"]!.GetValue<Guid>();
                tally.Created(DemoRecords.Plans);
            }

            await run.EnterMissingAsync(
                DemoRecords.Visits,
                placement.Visits,
                visited.Contains,
                on => clerk.PostAsync($"{Api}/plans/{planId}/visits", new { On = on, placement.Teacher, Hours = 2m, Content = "生活自理训练、认知与语言训练" }, cancellationToken));
        }
    }

    private static async Task HomeAsync(DemoRun run, PlannedHome home, bool opened, CancellationToken cancellationToken)
    {
        var (clerk, tally) = (run.Clerk, run.Tally);
        var route = $"{Api}/homes/{home.Code}";
        var existing = opened ? await clerk.GetAsync(route, cancellationToken) : null;
        HashSet<(DateOnly, string)> held = [];
        if (existing is null)
        {
            existing = (await clerk.PostAsync($"{Api}/homes", new { home.Code, home.Name, SchoolCode = home.School.Code, home.Counsellors, home.OpenedOn }, cancellationToken))!;
            tally.Created(DemoRecords.Homes);
        }
        else
        {
            tally.Found(DemoRecords.Homes);
            await foreach (var activity in clerk.ListAsync($"{Api}/activities?homeCode={home.Code}", cancellationToken))
            {
                held.Add((activity["on"]!.Date(), activity.Text("kind")));
            }
        }

        var attached = existing["children"]!.AsArray().Select(c => c!.Text("nationalId")).ToHashSet(StringComparer.Ordinal);
        var missing = home.Children.Where(c => !attached.Contains(c)).ToList();
        tally.Found(DemoRecords.HomeChildren, home.Children.Count - missing.Count);
        if (missing.Count > 0)
        {
            await clerk.PostAsync($"{route}/children", new { NationalIds = missing }, cancellationToken);
            tally.Created(DemoRecords.HomeChildren, missing.Count);
        }

        await run.EnterMissingAsync(
            DemoRecords.HomeActivities, home.Activities, a => held.Contains((a.On, a.Kind)), a => clerk.PostAsync($"{route}/activities", a, cancellationToken));
    }

    private static IEnumerable<JsonNode> Items(JsonNode list) => (list is JsonArray array ? array : list["items"]!.AsArray()).Select(i => i!);
}
