using System.Diagnostics;
using System.Text.Json.Nodes;
using EduRelief.Host.Demo.County;
using EduRelief.Host.Demo.InProcess;

namespace EduRelief.Host.Demo.Steps;

/// <summary>
/// Registry and DropoutControl: each dropout marked DroppedOut in the Registry from the day they left, a case opened
/// with its six owners, the persuasion attempts and notice, and the return, which DropoutControl sends back to the
/// Registry (through its outbox) as the pupil's re-enrolment. A pupil who already has a case is finished, not begun again.
/// </summary>
internal sealed class DropoutStep : IDemoStep
{
    private static readonly TimeSpan RegistryWait = TimeSpan.FromMinutes(3);

    public async Task RunAsync(DemoRun run, CancellationToken cancellationToken)
    {
        var (clerk, tally) = (run.Clerk, run.Tally);
        var dropouts = DropoutPlanner.Plan(run.County, run.RandomFor("dropouts"));
        var cases = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        await foreach (var kase in clerk.ListAsync("/api/dropout-control/cases", cancellationToken))
        {
            cases[kase["nationalId"]!.GetValue<string>()] = kase;
        }

        foreach (var dropout in dropouts)
        {
            var nationalId = dropout.Student.NationalId;
            if (cases.TryGetValue(nationalId, out var existing))
            {
                tally.Found(DemoRecords.StatusChanges);
                tally.Found(DemoRecords.DropoutCases);
                tally.Found(DemoRecords.PersuasionAttempts, dropout.Attempts.Count);
                if (dropout.Notice is not null)
                {
                    tally.Found(DemoRecords.ReturnNotices);
                }

                if (existing["outcome"] is null)
                {
                    await ReturnAsync(clerk, existing["id"]!.GetValue<Guid>(), dropout, cancellationToken);
                    tally.Created(DemoRecords.CaseOutcomes);
                }
                else
                {
                    tally.Found(DemoRecords.CaseOutcomes);
                }

                continue;
            }

            var student = await RegistryStudent.FindAsync(clerk, nationalId, cancellationToken);
            if (student["status"]!.GetValue<string>() == "Enrolled")
            {
                await clerk.PatchAsync(
                    $"/api/registry/students/{student["id"]}",
                    new { Status = "DroppedOut", EffectiveOn = dropout.DroppedOn, Version = student["version"]!.GetValue<int>() },
                    cancellationToken);
                tally.Created(DemoRecords.StatusChanges);
            }

            var opened = await clerk.PostAsync(
                "/api/dropout-control/cases",
                new
                {
                    NationalId = nationalId,
                    dropout.DetectedOn,
                    dropout.DetectedBy,
                    Stage = "Confirmed",
                    dropout.Reasons,
                    Owners = dropout.Owners.ToRequest(),
                },
                cancellationToken);
            tally.Created(DemoRecords.DropoutCases);
            var id = opened!["id"]!.GetValue<Guid>();
            foreach (var attempt in dropout.Attempts)
            {
                await clerk.PostAsync($"/api/dropout-control/cases/{id}/attempts", attempt, cancellationToken);
                tally.Created(DemoRecords.PersuasionAttempts);
            }

            if (dropout.Notice is { } notice)
            {
                await clerk.PostAsync($"/api/dropout-control/cases/{id}/notice", new { notice.IssuedOn, notice.ReturnBy }, cancellationToken);
                tally.Created(DemoRecords.ReturnNotices);
            }

            await ReturnAsync(clerk, id, dropout, cancellationToken);
            tally.Created(DemoRecords.CaseOutcomes);
        }

        await WaitForReturnsAsync(clerk, dropouts, cancellationToken);
    }

    private static Task<JsonNode?> ReturnAsync(CountyApi clerk, Guid caseId, PlannedDropout dropout, CancellationToken cancellationToken) =>
        clerk.PostAsync(
            $"/api/dropout-control/cases/{caseId}/close",
            new { Outcome = "Returned", On = dropout.ReturnedOn, SchoolCode = dropout.Student.School.Code },
            cancellationToken);

    /// <summary>The Registry learns of each return from DropoutControl's outbox: the figures are right once it has.</summary>
    private static async Task WaitForReturnsAsync(CountyApi clerk, IReadOnlyList<PlannedDropout> dropouts, CancellationToken cancellationToken)
    {
        var waiting = dropouts.Select(d => d.Student.NationalId).ToList();
        var waited = Stopwatch.StartNew();
        while (waiting.Count > 0)
        {
            var back = new List<string>();
            foreach (var nationalId in waiting)
            {
                if ((await RegistryStudent.FindAsync(clerk, nationalId, cancellationToken))["status"]!.GetValue<string>() == "Enrolled")
                {
                    back.Add(nationalId);
                }
            }

            waiting.RemoveAll(back.Contains);
            if (waiting.Count == 0)
            {
                return;
            }

            if (waited.Elapsed > RegistryWait)
            {
                throw new DemoStepFailedException($"the Registry has not re-enrolled {waiting.Count} returned pupil(s) after {RegistryWait.TotalMinutes} minutes");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }
    }
}
