using System.Globalization;
using System.Text;
using EduRelief.Host.Demo.County;
using EduRelief.Host.Demo.InProcess;

namespace EduRelief.Host.Demo.Steps;

/// <summary>
/// Registry: every student in one roster import, as the student-aid system exports it — guardians, the account aid is
/// paid into for the poor, the left-behind and disabled flagged. A second import finds them all unchanged.
/// </summary>
internal sealed class RosterStep : IDemoStep
{
    private const string Header =
        "national_id,name,school_code,grade,boarding,household_id,categories,left_behind,disability_category,disability_grade,enrolled_on," +
        "guardian_name,guardian_relation,guardian_phone,account_holder,bank,account_number";

    public async Task RunAsync(DemoRun run, CancellationToken cancellationToken)
    {
        var report = (await run.Clerk.UploadCsvAsync("/api/registry/imports/roster?partial=false", Roster(run.County), cancellationToken))!;
        run.Tally.Created(DemoRecords.Students, report["accepted"]!.GetValue<int>());
        run.Tally.Found(DemoRecords.Students, report["unchanged"]!.GetValue<int>());
        if (report["updated"]!.GetValue<int>() is var updated and > 0)
        {
            run.Tally.Found(DemoRecords.StudentsChanged, updated);
        }
    }

    private static string Roster(DemoCounty county)
    {
        var csv = new StringBuilder(Header).Append('\n');
        foreach (var s in county.Students)
        {
            var g = s.Guardian;
            csv.Append(CultureInfo.InvariantCulture, $"{s.NationalId},{s.Name},{s.School.Code},{s.Grade},{Flag(s.Boarding)},{s.HouseholdId},{s.Category},{Flag(s.LeftBehind)},")
                .Append(CultureInfo.InvariantCulture, $"{s.Disability},{s.DisabilityGrade},{s.EnrolledOn:yyyy-MM-dd},{g.Name},{g.Relation},{g.Phone},");
            if (s.Poor)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{g.Name},{g.Bank},{g.CardNumber}");
            }
            else
            {
                csv.Append(",,");
            }

            csv.Append('\n');
        }

        return csv.ToString();
    }

    private static string Flag(bool value) => value ? "是" : "否";
}
