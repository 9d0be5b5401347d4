using System.Globalization;
using EduRelief.Contracts.Registry;

namespace EduRelief.Host.Demo.County;

/// <summary>
/// Every school-age disabled child on the federation's register placed in a school mode by September 2025 (100%), the
/// home-taught visited twice a month, and 45 left-behind children homes at township and village schools.
/// </summary>
internal static class SpecialNeedsPlanner
{
    public const string Committee = "县残疾儿童少年教育专家委员会";

    private static readonly (string Kind, string Title)[] Activities =
        [("FamilyCall", "亲情连线：与外出务工父母视频通话"), ("Counselling", "心理疏导：团体心理辅导"), ("Group", "周末兴趣小组活动"), ("Counselling", "一对一谈心谈话")];

    public static SpecialNeedsPlan Plan(DemoCounty county, Random random)
    {
        var names = new ChineseNames(random);
        var placements = new List<PlannedPlacement>();
        foreach (var child in county.Students.Where(s => s.Disability is not null))
        {
            var (mode, goals) = child.Group == StudentGroup.SpecialSchool
                ? ("SpecialSchool", "康复训练与生活适应，按培智/聋/盲课程标准学习")
                : child.DisabilityGrade <= 2 ? ("HomeDelivered", "每月送教上门两次，训练生活自理与基础认知") : ("RegularClass", "随班就读，配备资源教师，个别化学习计划");
            var assessed = DemoCalendar.On(4, 1).AddDays(random.Next(75));
            // A first-grader is of school age from the September they start (school age is judged on 1 September).
            var starts = mode == "HomeDelivered" || child.Grade == 1 ? DemoCalendar.AutumnTerm : assessed.AddDays(random.Next(10, 30));
            var visits = new List<DateOnly>();
            if (mode == "HomeDelivered")
            {
                for (var month = 9; month <= 12; month++)
                {
                    visits.Add(DemoCalendar.On(month, 5 + random.Next(5)));
                    visits.Add(DemoCalendar.On(month, 18 + random.Next(5)));
                }
            }

            placements.Add(new PlannedPlacement(child, assessed, mode, names.Person(random.Next(3) != 0), goals, starts, starts.AddYears(1), starts.AddDays(-3), visits));
        }

        return new SpecialNeedsPlan(placements, Homes(county, random, names));
    }

    private static List<PlannedHome> Homes(DemoCounty county, Random random, ChineseNames names)
    {
        var leftBehind = county.Students.Where(s => s.LeftBehind).GroupBy(s => s.School).ToDictionary(g => g.Key, g => g.Select(s => s.NationalId).ToList());
        var schools = county.Schools.Where(s => s.Compulsory && s.Location != SchoolLocation.Urban && leftBehind.ContainsKey(s))
            .OrderByDescending(s => leftBehind[s].Count)
            .Take(SeedFigures.LeftBehindHomes)
            .OrderBy(s => s.Code, StringComparer.Ordinal)
            .ToList();
        var homes = new List<PlannedHome>();
        for (var i = 0; i < schools.Count; i++)
        {
            var school = schools[i];
            var children = leftBehind[school].OrderBy(_ => random.Next()).Take(30).ToList();
            var opened = new DateOnly(random.Next(2016, DemoCalendar.Year + 1), random.Next(3, 10), 1);
            var activities = new List<PlannedHomeActivity>();
            for (var a = 0; a < 3; a++)
            {
                var (kind, title) = Activities[(i + a) % Activities.Length];
                var on = new DateOnly(DemoCalendar.Year, 10, 1).AddDays((a * 25) + random.Next(10));
                activities.Add(new PlannedHomeActivity(on, kind, title, children.OrderBy(_ => random.Next()).Take(Math.Max(1, children.Count / 2)).ToList()));
            }

            homes.Add(new PlannedHome(
                string.Create(CultureInfo.InvariantCulture, $"LSJ{i + 1:000}"),
                $"{school.Name}留守儿童之家",
                school,
                [names.Person(false), names.Person(random.Next(2) == 0)],
                opened,
                children,
                activities));
        }

        return homes;
    }
}
