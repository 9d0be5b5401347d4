using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using EduRelief.Host.Demo.County;
using EduRelief.Host.Demo.InProcess;

namespace EduRelief.Host.Demo.Steps;

/// <summary>
/// Subsidies: the county's living-subsidy rate and budget, then each term's batches of the year — created by the
/// clerk, approved by the second officer, sent to the bank, reconciled with the bank's answer (every line paid) — and
/// the year's policy outreach. A batch of the term already reconciled is left alone; one left half-way is finished.
/// </summary>
internal sealed class SubsidiesStep : IDemoStep
{
    private const string Api = "/api/subsidies";

    private static readonly (string Programme, string Term)[] Batches =
    [
        ("LivingSubsidy", "2025-1"),
        ("LivingSubsidy", "2025-2"),
        ("PreschoolAid", "2025-1"),
        ("PreschoolAid", "2025-2"),
        ("RainDew", "2025-2"),
        ("SecondaryVocationalGrant", "2025-2"),
    ];

    public async Task RunAsync(DemoRun run, CancellationToken cancellationToken)
    {
        var livingSubsidy = (await run.Clerk.GetAsync($"{Api}/programmes", cancellationToken))!.AsArray().Single(p => p!.Text("code") == "LivingSubsidy")!;
        await run.EnterMissingAsync(
            DemoRecords.Rates,
            [LocalRates.EffectiveFrom],
            from => livingSubsidy["rates"]!.AsArray().Any(r => r!["effectiveFrom"]!.Date() == from),
            from => run.Clerk.PutAsync(
                $"{Api}/programmes/LivingSubsidy/rates",
                new { EffectiveFrom = from, Lines = LocalRates.LivingSubsidy.Select(r => new { Stage = r.Stage.ToString(), r.Boarding, AmountPerTerm = r.PerTerm }) },
                cancellationToken));
        await BudgetAsync(run, livingSubsidy, cancellationToken);
        foreach (var (programme, term) in Batches)
        {
            await BatchAsync(run, programme, term, cancellationToken);
        }

        await OutreachAsync(run, cancellationToken);
    }

    /// <summary>The county funds the living subsidy to what its poor pupils are owed in the year: two terms each, one for September's first-graders.</summary>
    private static async Task BudgetAsync(DemoRun run, JsonNode livingSubsidy, CancellationToken cancellationToken)
    {
        var springStarts = new DateOnly(DemoCalendar.Year, 3, 1);
        var owed = run.County.Students.Where(s => s.Poor && s.School.Compulsory)
            .Sum(s => LocalRates.LivingSubsidyFor(s) * (s.EnrolledOn <= springStarts ? 2 : 1));
        if (livingSubsidy["budgets"]!.AsArray().Any(b => b!["year"]!.GetValue<int>() == DemoCalendar.Year && b["amount"]!.GetValue<decimal>() == owed))
        {
            run.Tally.Found(DemoRecords.Budgets);
            return;
        }

        await run.Clerk.PutAsync($"{Api}/programmes/LivingSubsidy/budgets/{DemoCalendar.Year}", new { Amount = owed }, cancellationToken);
        run.Tally.Created(DemoRecords.Budgets);
    }

    private static async Task BatchAsync(DemoRun run, string programme, string term, CancellationToken cancellationToken)
    {
        var (clerk, approver, tally) = (run.Clerk, run.Approver, run.Tally);
        var batches = new List<(JsonNode Batch, string Status)>();
        await foreach (var batch in clerk.ListAsync($"{Api}/batches?programmeCode={programme}&term={term}", cancellationToken))
        {
            batches.Add((batch, batch.Text("status")));
        }

        if (batches.Find(b => b.Status == "Reconciled").Batch is { } done)
        {
            tally.Found(DemoRecords.Batches);
            tally.Found(DemoRecords.Payments, done["lines"]!.GetValue<int>());
            return;
        }

        var open = batches.Find(b => b.Status is "Approved" or "Draft");
        Guid id;
        if (open.Batch is null)
        {
            id = (await clerk.PostAsync($"{Api}/batches", new { ProgrammeCode = programme, Term = term }, cancellationToken))!["id"]!.GetValue<Guid>();
            tally.Created(DemoRecords.Batches);
        }
        else
        {
            id = open.Batch["id"]!.GetValue<Guid>();
            tally.Found(DemoRecords.Batches);
        }

        if (open.Status != "Approved")
        {
            await approver.PostAsync($"{Api}/batches/{id}/approve", new { }, cancellationToken);
        }

        var bankFile = await clerk.GetTextAsync($"{Api}/batches/{id}/bank-file", cancellationToken);
        var reconciled = (await clerk.UploadCsvAsync($"{Api}/batches/{id}/reconcile", BankAnswer(bankFile), cancellationToken))!;
        tally.Created(DemoRecords.Payments, reconciled["paid"]!.GetValue<int>());
        tally.Found(DemoRecords.Payments, reconciled["alreadyRecorded"]!.GetValue<int>());
    }

    /// <summary>The bank's answer to its file: every line paid, under the reference the file gave it.</summary>
    private static string BankAnswer(string bankFile)
    {
        var lines = bankFile.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var header = lines[0].Split(',');
        var (reference, nationalId, amount) = (Array.IndexOf(header, "参考号"), Array.IndexOf(header, "身份证号"), Array.IndexOf(header, "金额"));
        var answer = new StringBuilder("reference,national_id,amount,status\n");
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',');
            answer.Append(CultureInfo.InvariantCulture, $"{cells[reference]},{cells[nationalId]},{cells[amount]},paid\n");
        }

        return answer.ToString();
    }

    private static async Task OutreachAsync(DemoRun run, CancellationToken cancellationToken)
    {
        var held = new HashSet<(DateOnly, string, string)>();
        await foreach (var activity in run.Clerk.ListAsync($"{Api}/outreach?year={DemoCalendar.Year}", cancellationToken))
        {
            held.Add((activity["date"]!.Date(), activity.Text("townshipCode"), activity.Text("kind")));
        }

        await run.EnterMissingAsync(
            DemoRecords.Outreach,
            OutreachPlanner.Plan(run.County, run.RandomFor("outreach")),
            a => held.Contains((a.Date, a.TownshipCode, a.Kind)),
            a => run.Clerk.PostAsync($"{Api}/outreach", a, cancellationToken));
    }
}
