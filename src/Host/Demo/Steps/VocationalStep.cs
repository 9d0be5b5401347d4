using System.Text.Json.Nodes;
using EduRelief.Host.Demo.County;
using EduRelief.Host.Demo.InProcess;

namespace EduRelief.Host.Demo.Steps;

/// <summary>
/// Vocational: specialties and order-based classes (by code), the enrolments (by student), the 2022 intake's
/// graduations, and the graduates marked Graduated in the Registry from the day they left.
/// </summary>
internal sealed class VocationalStep : IDemoStep
{
    private const string Api = "/api/vocational";

    public async Task RunAsync(DemoRun run, CancellationToken cancellationToken)
    {
        var (clerk, tally) = (run.Clerk, run.Tally);
        var plan = VocationalPlanner.Plan(run.County, run.RandomFor("vocational"));
        var school = run.County.School(Contracts.Registry.Stage.SecondaryVocational).Code;
        var specialties = await clerk.CodesAsync($"{Api}/specialties", cancellationToken);
        await run.EnterMissingAsync(
            DemoRecords.Specialties,
            plan.Specialties,
            s => specialties.Contains(s.Code),
            s => clerk.PostAsync($"{Api}/specialties", new { s.Code, s.Name, SchoolCode = school }, cancellationToken));
        var classes = await clerk.CodesAsync($"{Api}/order-classes", cancellationToken);
        await run.EnterMissingAsync(DemoRecords.OrderClasses, plan.OrderClasses, c => classes.Contains(c.Code), c => clerk.PostAsync($"{Api}/order-classes", c, cancellationToken));

        var enrolled = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        await foreach (var enrolment in clerk.ListAsync($"{Api}/enrolments", cancellationToken))
        {
            enrolled[enrolment.Text("nationalId")] = enrolment;
        }

        foreach (var enrolment in plan.Enrolments)
        {
            var student = enrolment.Student;
            if (!enrolled.TryGetValue(student.NationalId, out var existing))
            {
                existing = (await clerk.PostAsync(
                    $"{Api}/enrolments",
                    new { student.NationalId, enrolment.SpecialtyCode, student.EnrolledOn, enrolment.OrderClassCode },
                    cancellationToken))!;
                tally.Created(DemoRecords.Enrolments);
            }
            else
            {
                tally.Found(DemoRecords.Enrolments);
            }

            if (enrolment.Graduates)
            {
                await GraduateAsync(run, enrolment, existing["graduatedOn"] is not null, cancellationToken);
            }
        }
    }

    private static async Task GraduateAsync(DemoRun run, PlannedEnrolment enrolment, bool graduated, CancellationToken cancellationToken)
    {
        var (clerk, tally) = (run.Clerk, run.Tally);
        if (graduated)
        {
            tally.Found(DemoRecords.Graduations);
        }
        else
        {
            await clerk.PostAsync(
                $"{Api}/graduations",
                new { enrolment.Student.NationalId, enrolment.GraduatedOn, enrolment.Outcome, enrolment.Employer },
                cancellationToken);
            tally.Created(DemoRecords.Graduations);
        }

        var student = await RegistryStudent.FindAsync(clerk, enrolment.Student.NationalId, cancellationToken);
        if (student.Text("status") == "Graduated")
        {
            tally.Found(DemoRecords.StatusChanges);
            return;
        }

        await clerk.PatchAsync(
            $"/api/registry/students/{student["id"]}",
            new { Status = "Graduated", EffectiveOn = enrolment.GraduatedOn, Version = student["version"]!.GetValue<int>() },
            cancellationToken);
        tally.Created(DemoRecords.StatusChanges);
    }
}
