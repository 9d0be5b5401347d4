using EduRelief.Contracts.Registry;

namespace EduRelief.Host.Demo.County;

/// <summary>
/// The year's dropouts: 23 persuaded back during it, and one in 500 of the consolidation rate's denominator found late
/// and back only in January. They are pupils of households with no hardship category (无一人因贫失学), of an age to be
/// in compulsory education, none disabled.
/// </summary>
internal static class DropoutPlanner
{
    private static readonly string[] Methods = ["电话联系家长", "班主任家访", "入户走访", "乡镇干部上门劝返", "心理疏导谈话", "联系外出务工父母"];
    private static readonly string[] Results = ["家长同意送返", "学生思想有松动，继续做工作", "学生同意返校", "家长表示配合", "约定开学前返校"];
    private static readonly string[][] Reasons = [["Learning"], ["Family"], ["Work"], ["Learning", "Family"], ["Illness"], ["Work", "Learning"], ["Other"]];

    public static IReadOnlyList<PlannedDropout> Plan(DemoCounty county, Random random)
    {
        var names = new ChineseNames(random);
        var denominator = county.Students.Count(CountyPlanner.EnrolledAtStartOfYear);
        var lateOnes = denominator / SeedFigures.StudentsPerDropoutNotReturned;
        var candidates = county.Students
            .Where(s => s.Group == StudentGroup.Compulsory && !s.Poor && s.Disability is null && s.Grade >= 6 && CountyPlanner.EnrolledAtStartOfYear(s)
                && s.School.Location != SchoolLocation.Urban)
            .OrderBy(_ => random.Next())
            .Take(SeedFigures.PersuadedReturns + lateOnes)
            .ToList();
        var countyOwner = names.Person(true);
        var bureauOwner = names.Person(false);
        var townshipOwners = county.Townships.ToDictionary(t => t.Code, _ => names.Person(random.Next(2) == 0));
        var dropouts = new List<PlannedDropout>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var student = candidates[i];
            var backInYear = i < SeedFigures.PersuadedReturns;
            var dropped = backInYear
                ? DemoCalendar.On(3, 10).AddDays(random.Next(200))
                : DemoCalendar.On(11, 3).AddDays(random.Next(30));
            var detected = dropped.AddDays(random.Next(3, 8));
            var teacher = names.Person(random.Next(2) == 0);
            var attempts = new List<PlannedAttempt>();
            var on = detected;
            for (var a = 0; a < random.Next(1, 4); a++)
            {
                on = on.AddDays(random.Next(1, 6));
                attempts.Add(new PlannedAttempt(on, a % 2 == 0 ? teacher : townshipOwners[student.School.TownshipCode], Methods[random.Next(Methods.Length)], Results[random.Next(Results.Length)]));
            }

            (DateOnly, DateOnly)? notice = backInYear && random.Next(3) != 0 ? null : (on.AddDays(1), on.AddDays(15));
            var returned = backInYear ? on.AddDays(random.Next(3, 12)) : new DateOnly(DemoCalendar.Year + 1, 1, 5).AddDays(random.Next(10));
            var owners = new CaseOwners(countyOwner, townshipOwners[student.School.TownshipCode], names.Person(true), bureauOwner, names.Person(random.Next(2) == 0), teacher);
            dropouts.Add(new PlannedDropout(student, dropped, detected, teacher, Reasons[random.Next(Reasons.Length)], owners, attempts, notice, returned));
        }

        return dropouts;
    }
}
