using System.Globalization;
using EduRelief.Contracts.Registry;

namespace EduRelief.Host.Demo.County;

/// <summary>
/// 全面改薄 in the demo county: every school's buildings appraised, the D-grade ones demolished by the projects that
/// replace them, 23 schools built, expanded or renovated in 2025 with 5,400 seats, two new builds still going up, a
/// removal and an equipment purchase; ¥320M spent in the year. Every school's 班班通 is complete by November 2025,
/// with 30 online classrooms at rural schools and teaching points.
/// </summary>
internal static class ConstructionPlanner
{
    private const string Appraiser = "县房屋安全鉴定所";
    private const int SeatsPerClass = 45;
    private const int NewBuilds = 6;
    private const int Expansions = 12;
    private const int Renovations = 5;

    public static ConstructionPlan Plan(DemoCounty county, Random random)
    {
        var reports = 0;
        string Report(int year) => string.Create(CultureInfo.InvariantCulture, $"JD-{year}-{++reports:000}");
        PlannedAppraisal Appraisal(DateOnly on, string grade) => new(on, grade, Appraiser, Report(on.Year));
        DateOnly Day(int year, int fromMonth, int toMonth) => new DateOnly(year, fromMonth, 1).AddDays(random.Next((toMonth - fromMonth + 1) * 28));

        var buildings = new List<PlannedBuilding>();
        foreach (var school in county.Schools)
        {
            var built = random.Next(1992, 2019);
            buildings.Add(new PlannedBuilding(school, "教学楼", "Teaching", (school.Classrooms * 85) + 300, built, "框架", [Appraisal(Day(2023, 3, 11), random.Next(3) == 0 ? "B" : "A")]));
            if (school.Boarding)
            {
                buildings.Add(new PlannedBuilding(school, "学生宿舍", "Dormitory", Math.Max(400, school.Pupils * 3), random.Next(1998, 2019), "砖混", [Appraisal(Day(2024, 3, 6), "B")]));
                buildings.Add(new PlannedBuilding(school, "学生食堂", "Canteen", Math.Max(200, school.Pupils), random.Next(2000, 2019), "砖混", [Appraisal(Day(2024, 3, 6), "A")]));
            }
        }

        var sites = county.Schools.Where(s => s.Compulsory && s.Location != SchoolLocation.Remote).OrderBy(_ => random.Next()).Take(NewBuilds + Expansions + Renovations + 4).ToList();
        var dangerous = new List<PlannedBuilding>();
        foreach (var school in sites.Take(4).Append(sites[^2]))
        {
            var old = new PlannedBuilding(school, "旧教学楼", "Teaching", random.Next(6, 12) * 100, random.Next(1976, 1987), "砖木", [Appraisal(Day(2019, 4, 8), "C"), Appraisal(Day(2024, 3, 5), "D")]);
            buildings.Add(old);
            dangerous.Add(old);
        }

        var weak = new List<PlannedBuilding>();
        foreach (var school in sites.Skip(NewBuilds + Expansions).Take(4))
        {
            var office = new PlannedBuilding(school, "综合楼", "Office", random.Next(8, 15) * 100, random.Next(1994, 2001), "砖混", [Appraisal(Day(2024, 3, 5), "C"), Appraisal(Day(2025, 9, 10), "B")]);
            buildings.Add(office);
            weak.Add(office);
        }

        var classes = Classes(random);
        var projects = new List<PlannedProject>();
        var weights = new List<decimal>();
        for (var i = 0; i < sites.Count; i++)
        {
            var school = sites[i];
            var (type, name, weight) = i switch
            {
                < NewBuilds => ("NewBuild", "教学综合楼新建工程", random.Next(20, 31)),
                < NewBuilds + Expansions => ("Expansion", "学生宿舍及教学用房扩建工程", random.Next(6, 11)),
                < NewBuilds + Expansions + Renovations => ("Renovation", "校舍维修改造工程", random.Next(2, 5)),
                < NewBuilds + Expansions + Renovations + 2 => ("NewBuild", "寄宿制学校新建工程", random.Next(15, 26)),
                < NewBuilds + Expansions + Renovations + 3 => ("DangerousBuildingRemoval", "D级危房拆除工程", 1),
                _ => ("Equipment", "“班班通”及在线课堂设备购置", random.Next(12, 21)),
            };
            weights.Add(weight);
            var seats = i < NewBuilds + Expansions ? classes[i] * SeatsPerClass : 0;
            var startedLastYear = i < NewBuilds / 2;
            var approved = startedLastYear ? Day(2024, 2, 3) : Day(2025, 1, 2);
            var underway = approved.AddDays(random.Next(20, 50));
            DateOnly? completed = type switch
            {
                "DangerousBuildingRemoval" => underway.AddDays(random.Next(25, 40)),
                "Equipment" => Day(2025, 9, 10),
                _ when i >= NewBuilds + Expansions + Renovations => null,
                _ => Day(2025, 7, 8),
            };
            var moves = new List<PlannedMove> { new("Approved", approved), new("UnderConstruction", underway) };
            if (completed is { } done)
            {
                moves.Add(new PlannedMove("Completed", done, seats));
                if (random.Next(4) != 0)
                {
                    moves.Add(new PlannedMove("Accepted", done.AddDays(random.Next(30, 90))));
                }
            }

            var removes = dangerous.Where(b => b.School == school).ToList();
            var code = string.Create(CultureInfo.InvariantCulture, $"GJ{approved.Year}-{i + 1:000}");
            projects.Add(new PlannedProject(code, school.Name + name, school, type, [], seats, removes, underway, completed ?? new DateOnly(DemoCalendar.Year + 1, 8, 31), moves, []));
        }

        return new ConstructionPlan(buildings, WithSpending(projects, weights, random), Equipment(county, random));
    }

    /// <summary>The 5,400 seats as classes of 45 over the new builds (at least 8 classes each) and the expansions (at least 2).</summary>
    private static int[] Classes(Random random)
    {
        var classes = new int[NewBuilds + Expansions];
        for (var i = 0; i < classes.Length; i++)
        {
            classes[i] = i < NewBuilds ? 8 : 2;
        }

        for (var left = (SeedFigures.SeatsAdded / SeatsPerClass) - classes.Sum(); left > 0; left--)
        {
            var i = random.Next(NewBuilds * 3) is var draw && draw < NewBuilds * 2 ? draw % NewBuilds : NewBuilds + random.Next(Expansions);
            classes[i]++;
        }

        return classes;
    }

    /// <summary>The year's ¥320M over the projects in proportion to their weights, each in a few payments; the budget covers what was spent, last year's too.</summary>
    private static List<PlannedProject> WithSpending(List<PlannedProject> projects, List<decimal> weights, Random random)
    {
        var total = weights.Sum();
        var amounts = weights.Select(w => decimal.Round(SeedFigures.ConstructionInvestment * w / total / 10_000m) * 10_000m).ToList();
        amounts[0] += SeedFigures.ConstructionInvestment - amounts.Sum();
        var planned = new List<PlannedProject>();
        for (var i = 0; i < projects.Count; i++)
        {
            var project = projects[i];
            var underway = project.Moves[1].On;
            var completed = project.Moves.FirstOrDefault(m => m.Status == "Completed")?.On;
            var spending = new List<PlannedSpending>();
            if (underway.Year < DemoCalendar.Year)
            {
                spending.Add(new PlannedSpending(underway.AddDays(60), random.Next(20, 50) * 100_000m, "基础工程进度款"));
                spending.Add(new PlannedSpending(new DateOnly(DemoCalendar.Year - 1, 12, 10), random.Next(10, 30) * 100_000m, "主体工程进度款"));
            }

            var from = underway.Year < DemoCalendar.Year ? DemoCalendar.On(1, 10) : underway.AddDays(5);
            var to = completed ?? DemoCalendar.On(12, 20);
            var parts = random.Next(2, 5);
            var paid = 0m;
            for (var p = 0; p < parts; p++)
            {
                var amount = p == parts - 1 ? amounts[i] - paid : decimal.Round(amounts[i] / parts / 1_000m) * 1_000m;
                paid += amount;
                var on = from.AddDays((to.DayNumber - from.DayNumber) * (p + 1) / parts);
                spending.Add(new PlannedSpending(on, amount, p == parts - 1 && completed is not null ? "竣工结算款" : "工程进度款"));
            }

            var spent = spending.Sum(s => s.Amount);
            var budget = completed is null ? spent * 2 : decimal.Ceiling(spent * (1 + (random.Next(0, 20) / 1_000m)) / 10_000m) * 10_000m;
            var central = decimal.Round(budget * 0.5m / 10_000m) * 10_000m;
            var provincial = decimal.Round(budget * 0.3m / 10_000m) * 10_000m;
            planned.Add(project with
            {
                Budget = [("Central", central), ("Provincial", provincial), ("County", budget - central - provincial)],
                Spending = spending,
            });
        }

        return planned;
    }

    private static List<PlannedEquipment> Equipment(DemoCounty county, Random random)
    {
        var rural = county.Schools.Where(s => s.Rural).ToList();
        var teachingPoints = rural.Where(s => s.Location == SchoolLocation.Remote).ToList();
        var online = teachingPoints.Concat(rural.Where(s => s.Location == SchoolLocation.Rural).OrderBy(_ => random.Next()).Take(SeedFigures.OnlineClassrooms - teachingPoints.Count)).ToHashSet();
        var equipment = new List<PlannedEquipment>();
        foreach (var school in rural)
        {
            equipment.Add(new PlannedEquipment(school, new DateOnly(DemoCalendar.Year - 1, 9, 2), school.Classrooms, school.Classrooms * 6 / 10, Labs(school), school.Pupils * 20, 0));
        }

        foreach (var school in county.Schools)
        {
            equipment.Add(new PlannedEquipment(school, DemoCalendar.On(11, 28), school.Classrooms, school.Classrooms, Labs(school), school.Pupils * 30, online.Contains(school) ? 1 : 0));
        }

        return equipment;
    }

    private static int Labs(PlannedSchool school) => school.Stage switch
    {
        Stage.Primary => school.Location == SchoolLocation.Remote ? 0 : 2,
        Stage.JuniorSecondary => 3,
        Stage.SeniorSecondary => 8,
        Stage.SecondaryVocational => 10,
        _ => 1,
    };
}
