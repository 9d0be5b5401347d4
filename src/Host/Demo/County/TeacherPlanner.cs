using System.Globalization;
using EduRelief.Contracts.Registry;

namespace EduRelief.Host.Demo.County;

/// <summary>
/// 农村教师支持计划 in the demo county: some 400 teachers in post, 300 recruited to rural schools and teaching points in
/// August 2025 (and 20 to township schools, which the rural plan does not count), 2,000 training person-times, ten
/// urban–rural pairs with 150 activities in the year.
/// </summary>
internal static class TeacherPlanner
{
    public const string CampaignCode = "ZP2025";

    private const int InPost = 400;
    private const int TownHires = 20;
    private const int Pairs = 10;

    private static readonly string[] Subjects = ["语文", "数学", "英语", "道德与法治", "科学", "物理", "化学", "历史", "地理", "音乐", "体育", "美术", "信息技术"];
    private static readonly string[] Titles = ["三级教师", "二级教师", "二级教师", "一级教师", "一级教师", "高级教师"];
    private static readonly (string Kind, string Title)[] Activities =
    [
        ("TeachingResearch", "语文同课异构教研活动"), ("TeachingResearch", "数学集体备课"), ("OpenClass", "青年教师公开课"), ("OpenClass", "城区名师示范课"),
        ("SendTeaching", "名师送教到校"), ("TeacherExchange", "教师跟岗交流"), ("TeacherExchange", "班主任工作经验交流"), ("TeachingResearch", "英语口语教学研讨"),
    ];

    public static TeacherPlan Plan(DemoCounty county, Random random)
    {
        var names = new ChineseNames(random);
        var ids = new NationalIdMaker(random);
        var teachers = new List<PlannedTeacher>();
        var schools = county.Schools;
        var classrooms = schools.Sum(s => s.Classrooms);
        PlannedTeacher Teacher(PlannedSchool school, int bornFrom, int bornTo, string? title, DateOnly hiredOn, bool specialPost, bool hired)
        {
            var male = random.Next(100) < 45;
            var born = new DateOnly(bornFrom, 1, 1).AddDays(random.Next((bornTo - bornFrom + 1) * 365));
            return new PlannedTeacher(ids.Next(born, male), names.Person(male), school, Subjects[random.Next(Subjects.Length)], title, hiredOn, specialPost || random.Next(10) != 0 ? "Established" : "Contract", specialPost, hired);
        }

        foreach (var school in schools)
        {
            var count = Math.Max(1, school.Classrooms * InPost / classrooms);
            for (var i = 0; i < count; i++)
            {
                var hiredOn = new DateOnly(random.Next(1992, 2024), 9, 1);
                teachers.Add(Teacher(school, 1965, hiredOn.Year - 22, Titles[random.Next(Titles.Length)], hiredOn, school.Rural && hiredOn.Year >= 2016 && random.Next(2) == 0, false));
            }
        }

        var hiredOn2025 = DemoCalendar.On(8, 25);
        var rural = schools.Where(s => s.Rural).ToList();
        for (var i = 0; i < SeedFigures.TeachersRecruited; i++)
        {
            teachers.Add(Teacher(rural[i % rural.Count], 1996, 2003, null, hiredOn2025, random.Next(3) != 0, true));
        }

        var town = schools.Where(s => s.Location == SchoolLocation.Town && s.Compulsory).ToList();
        for (var i = 0; i < TownHires; i++)
        {
            teachers.Add(Teacher(town[i % town.Count], 1996, 2003, null, hiredOn2025, false, true));
        }

        return new TeacherPlan(CampaignCode, teachers, Courses(teachers, random), Pairings(county, random));
    }

    /// <summary>Everyone at the all-staff training; the rest of the 2,000 person-times at backbone study, 国培 and courses sent to rural schools.</summary>
    private static List<PlannedCourse> Courses(List<PlannedTeacher> teachers, Random random)
    {
        var inPost = teachers.Where(t => !t.Hired).Select(t => t.NationalId).ToList();
        var everyone = teachers.Select(t => t.NationalId).ToList();
        var ruralTeachers = teachers.Where(t => t.School.Rural).Select(t => t.NationalId).ToList();
        List<string> Some(List<string> pool, int count) => pool.OrderBy(_ => random.Next()).Take(count).ToList();
        var courses = new List<PlannedCourse>
        {
            new("QY2025", "2025年中小学教师全员培训", "AllStaff", DemoCalendar.On(10, 18), DemoCalendar.On(10, 19), 16m, everyone),
        };
        for (var i = 1; i <= 4; i++)
        {
            var starts = DemoCalendar.On(3 + i, 12);
            courses.Add(new($"GG2025-{i:00}", $"2025年骨干教师研修（第{i}期）", "Backbone", starts, starts.AddDays(4), 40m, Some(inPost, 60)));
        }

        courses.Add(new("GP2025-01", "国培计划（2025）乡村教师访名校", "National", DemoCalendar.On(7, 14), DemoCalendar.On(7, 25), 80m, Some(inPost, 80)));
        courses.Add(new("GP2025-02", "国培计划（2025）乡村学校校长培训", "National", DemoCalendar.On(8, 4), DemoCalendar.On(8, 8), 40m, Some(inPost, 80)));
        var left = SeedFigures.TrainingPersonTimes - courses.Sum(c => c.NationalIds.Count);
        for (var i = 1; left > 0; i++)
        {
            var size = Math.Min(left, 40);
            var starts = DemoCalendar.On(9, 8).AddDays(i * 4);
            courses.Add(new(string.Create(CultureInfo.InvariantCulture, $"SJ2025-{i:00}"), $"名师送教下乡（第{i}站）", "SendTeaching", starts, starts, 6m, Some(ruralTeachers, size)));
            left -= size;
        }

        return courses;
    }

    private static List<PlannedPairing> Pairings(DemoCounty county, Random random)
    {
        var urban = county.Schools.Where(s => s.Stage == Stage.Primary && s.Location == SchoolLocation.Urban).ToList();
        var rural = county.Schools.Where(s => s.Stage == Stage.Primary && s.Rural).OrderBy(_ => random.Next()).Take(Pairs).ToList();
        var pairings = new List<PlannedPairing>();
        for (var p = 0; p < Pairs; p++)
        {
            var activities = new List<PlannedPairingActivity>();
            var count = SeedFigures.PairingActivities / Pairs;
            for (var a = 0; a < count; a++)
            {
                var (kind, title) = Activities[random.Next(Activities.Length)];
                var on = DemoCalendar.On(3, 3).AddDays((a * 270 / count) + random.Next(0, 10));
                activities.Add(new PlannedPairingActivity(on, kind, $"{title}（{a + 1}）", random.Next(8, 61)));
            }

            pairings.Add(new PlannedPairing(urban[p % urban.Count], rural[p], new DateOnly(DemoCalendar.Year - 1, 3, 1), activities));
        }

        return pairings;
    }
}
