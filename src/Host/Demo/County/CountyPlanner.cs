using System.Globalization;
using EduRelief.Contracts.Registry;

namespace EduRelief.Host.Demo.County;

/// <summary>
/// Plans the demo county from a seed, all of it before anything is sent, so the same seed gives the same county to
/// the student: townships and villages, 75 schools, and some 25,000 students per <see cref="StudentMix"/>, with
/// their households, guardians and accounts, the left-behind and the disabled among them.
/// </summary>
internal sealed class CountyPlanner
{
    // Compulsory age on 1 January 2025 (school year 2024): 6 to 15 on 1 September 2024. The students enrolled then
    // and of that age are the consolidation rate's denominator, which the plan makes a multiple of 500.
    private static readonly DateOnly OldestAtStart = new(2008, 9, 2);
    private static readonly DateOnly YoungestAtStart = new(2018, 9, 1);

    private static readonly string[] Banks = ["农村信用社", "农村信用社", "农村信用社", "邮储银行", "农业银行"];

    private readonly Random _random;
    private readonly ChineseNames _names;
    private readonly NationalIdMaker _ids;
    private readonly List<PlannedStudent> _students = [];
    private List<PlannedVillage> _villages = [];
    private int _households;
    private PlannedStudent? _lastPoor;

    private CountyPlanner(int seed)
    {
        _random = new Random(seed);
        _names = new ChineseNames(_random);
        _ids = new NationalIdMaker(_random);
    }

    public static DemoCounty Plan(int seed) => new CountyPlanner(seed).Build(seed);

    /// <summary>Whether the student counts in the consolidation rate's denominator of the demo year.</summary>
    public static bool EnrolledAtStartOfYear(PlannedStudent student) =>
        student.EnrolledOn <= DemoCalendar.FirstDay && student.BirthDate >= OldestAtStart && student.BirthDate <= YoungestAtStart;

    private DemoCounty Build(int seed)
    {
        var townships = CountyGeography.Townships
            .Select((name, i) => new PlannedTownship(CountyGeography.AreaCode + (101 + i).ToString(CultureInfo.InvariantCulture), name, i == 0))
            .ToList();
        _villages = PlanVillages(townships);
        var schools = PlanSchools(townships);
        PlanCompulsory(schools);
        PlanSpecialSchool(schools.Single(s => s.Stage == Stage.Special));
        PlanPreschool(schools.Where(s => s.Stage == Stage.Preschool).ToList());
        PlanSenior(schools.Single(s => s.Stage == Stage.SeniorSecondary));
        PlanVocational(schools.Single(s => s.Stage == Stage.SecondaryVocational));
        PadDenominator(schools.Where(s => s.Stage == Stage.Primary).ToList());
        PlanDisabilities();
        foreach (var school in schools)
        {
            school.Pupils = _students.Count(s => s.School == school);
            school.Classrooms = Math.Max(2, (school.Pupils + 41) / 42);
        }

        return new DemoCounty(seed, townships, _villages, schools, _students);
    }

    private List<PlannedVillage> PlanVillages(List<PlannedTownship> townships)
    {
        var villages = new List<PlannedVillage>();
        foreach (var township in townships)
        {
            var names = township.CountyTown
                ? CountyGeography.Communities
                : CountyGeography.Villages.OrderBy(_ => _random.Next()).Take(CountyGeography.VillagesPerTownship).ToArray();
            villages.AddRange(names.Select((name, i) => new PlannedVillage(township.Code + (i + 1).ToString("000", CultureInfo.InvariantCulture), name, township.Code)));
        }

        return villages;
    }

    private List<PlannedSchool> PlanSchools(List<PlannedTownship> townships)
    {
        var schools = new List<PlannedSchool>();
        void Add(string name, PlannedTownship township, string? village, Stage stage, SchoolLocation location, bool boarding) =>
            schools.Add(new PlannedSchool("21" + CountyGeography.AreaCode[2..] + (schools.Count + 1).ToString("0000", CultureInfo.InvariantCulture), name, township.Code, village, stage, location, boarding));

        var town = townships[0];
        Add("县第一小学", town, null, Stage.Primary, SchoolLocation.Urban, false);
        Add("县第二小学", town, null, Stage.Primary, SchoolLocation.Urban, false);
        Add("县第一中学", town, null, Stage.JuniorSecondary, SchoolLocation.Urban, false);
        Add("县民族中学", town, null, Stage.SeniorSecondary, SchoolLocation.Urban, true);
        Add("县中等职业学校", town, null, Stage.SecondaryVocational, SchoolLocation.Urban, true);
        Add("县特殊教育学校", town, null, Stage.Special, SchoolLocation.Urban, true);
        Add("县幼儿园", town, null, Stage.Preschool, SchoolLocation.Urban, false);
        for (var n = 1; n < townships.Count; n++)
        {
            var township = townships[n];
            var villages = _villages.Where(v => v.TownshipCode == township.Code).ToList();
            Add($"{township.Name}中心小学", township, null, Stage.Primary, SchoolLocation.Town, true);
            Add($"{township.Name}中学", township, null, Stage.JuniorSecondary, SchoolLocation.Town, true);
            for (var v = 0; v < 3; v++)
            {
                Add($"{township.Name}{villages[v].Name[..^1]}小学", township, villages[v].Code, Stage.Primary, SchoolLocation.Rural, v == 0);
            }

            if (n % 4 != 0)
            {
                Add($"{township.Name}{villages[3].Name[..^1]}教学点", township, villages[3].Code, Stage.Primary, SchoolLocation.Remote, false);
            }

            if (n % 3 == 1)
            {
                Add($"{township.Name}中心幼儿园", township, null, Stage.Preschool, SchoolLocation.Town, false);
            }
        }

        return schools;
    }

    private void PlanCompulsory(List<PlannedSchool> schools)
    {
        var primaries = schools.Where(s => s.Stage == Stage.Primary).ToList();
        var juniors = schools.Where(s => s.Stage == Stage.JuniorSecondary).ToList();
        var boardingPrimaries = primaries.Where(s => s.Boarding).ToList();
        var boardingJuniors = juniors.Where(s => s.Boarding).ToList();
        for (var g = 1; g <= 6; g++)
        {
            Many(StudentMix.PrimaryPoorBoarders[g - 1], () => Compulsory(Pick(boardingPrimaries, PoorWeight), g, boarding: true, poor: true));
            Many(StudentMix.PrimaryPoorDay[g - 1], () => Compulsory(Pick(primaries, PoorWeight), g, boarding: false, poor: true));
            Many(StudentMix.PrimaryOthers[g - 1], () =>
            {
                var school = Pick(primaries, Weight);
                Compulsory(school, g, boarding: school.Boarding && g >= 3 && _random.Next(10) < 3, poor: false);
            });
        }

        for (var g = 7; g <= 9; g++)
        {
            Many(StudentMix.JuniorPoorBoarders[g - 7], () => Compulsory(Pick(boardingJuniors, PoorWeight), g, boarding: true, poor: true));
            Many(StudentMix.JuniorPoorDay[g - 7], () => Compulsory(Pick(juniors, PoorWeight), g, boarding: false, poor: true));
            Many(StudentMix.JuniorOthers[g - 7], () =>
            {
                var school = Pick(juniors, Weight);
                Compulsory(school, g, boarding: school.Boarding && _random.Next(10) < 4, poor: false);
            });
        }
    }

    private void PlanSpecialSchool(PlannedSchool school)
    {
        for (var g = 1; g <= 9; g++)
        {
            Many(StudentMix.SpecialSchool[g - 1], () => Add(StudentGroup.SpecialSchool, school, AnyVillage(), g, true, false, SchoolRecordStart(g, 1), BornIn(g), null));
        }
    }

    private void PlanPreschool(List<PlannedSchool> kindergartens)
    {
        foreach (var intake in new[] { 2023, 2024, 2025 })
        {
            var class_ = DemoCalendar.Year - intake + 1;
            var started = new DateOnly(intake, 9, 1);
            var born = (new DateOnly(intake - 4, 9, 2), new DateOnly(intake - 3, 9, 1));
            if (intake < DemoCalendar.Year)
            {
                Many(StudentMix.PreschoolPoorPerIntake, () => Add(StudentGroup.Preschool, Pick(kindergartens, PoorWeight), null, class_, false, true, started, born, Hardship()));
            }

            Many(StudentMix.PreschoolOthersPerIntake, () => Add(StudentGroup.Preschool, Pick(kindergartens, Weight), null, class_, false, false, started, born, null));
        }
    }

    private void PlanSenior(PlannedSchool school)
    {
        for (var g = 10; g <= 12; g++)
        {
            var poor = StudentMix.SeniorPoor[g - 10];
            for (var i = 0; i < StudentMix.Senior[g - 10]; i++)
            {
                Add(StudentGroup.Senior, school, AnyVillage(), g, _random.Next(10) < 6, i < poor, SchoolRecordStart(g, 10), BornIn(g), i < poor ? Hardship() : null);
            }
        }
    }

    private void PlanVocational(PlannedSchool school)
    {
        Many(StudentMix.VocationalEntrants, () =>
            Add(StudentGroup.VocationalEntrant, school, AnyVillage(), 10, true, true, DemoCalendar.AutumnTerm, BornIn(10), HardshipCategory.RegisteredPoorHousehold));
        var born = (new DateOnly(2006, 9, 2), new DateOnly(2007, 9, 1));
        Many(StudentMix.VocationalGraduates, () =>
            Add(StudentGroup.VocationalGraduate, school, AnyVillage(), 12, true, false, new DateOnly(2022, 9, 1), born, null));
    }

    /// <summary>More primary pupils until the denominator is a whole number of 500s, so the dropouts make 99.8% exactly.</summary>
    private void PadDenominator(List<PlannedSchool> primaries)
    {
        for (var counted = _students.Count(EnrolledAtStartOfYear); counted % SeedFigures.StudentsPerDropoutNotReturned != 0; counted++)
        {
            Compulsory(Pick(primaries, Weight), 3, boarding: false, poor: false);
        }
    }

    private void PlanDisabilities()
    {
        foreach (var child in _students.Where(s => s.Group == StudentGroup.SpecialSchool))
        {
            Disable(child, [DisabilityCategory.Hearing, DisabilityCategory.Visual, DisabilityCategory.Intellectual, DisabilityCategory.Speech, DisabilityCategory.Multiple], 2, 3);
        }

        var compulsory = _students.Where(s => s.Group == StudentGroup.Compulsory).ToList();
        foreach (var child in compulsory.Where(s => s.School.Location != SchoolLocation.Remote).OrderBy(_ => _random.Next()).Take(StudentMix.RegularClassDisabled).ToList())
        {
            Disable(child, [DisabilityCategory.Visual, DisabilityCategory.Hearing, DisabilityCategory.Physical, DisabilityCategory.Intellectual, DisabilityCategory.Speech, DisabilityCategory.Other], 3, 4);
        }

        foreach (var child in compulsory.Where(s => s.School.Rural && !s.Boarding && s.Disability is null).OrderBy(_ => _random.Next()).Take(StudentMix.HomeTaughtDisabled).ToList())
        {
            Disable(child, [DisabilityCategory.Multiple, DisabilityCategory.Physical, DisabilityCategory.Intellectual], 1, 2);
        }
    }

    private void Disable(PlannedStudent child, DisabilityCategory[] categories, int mildest, int severest)
    {
        child.Disability = categories[_random.Next(categories.Length)];
        child.DisabilityGrade = _random.Next(mildest, severest + 1);
    }

    private void Compulsory(PlannedSchool school, int grade, bool boarding, bool poor)
    {
        var village = school.VillageCode is { } own && _random.Next(10) < 8 ? own : TownshipVillage(school.TownshipCode);
        Add(StudentGroup.Compulsory, school, village, grade, boarding, poor, SchoolRecordStart(grade, 1), BornIn(grade), poor ? Hardship() : null);
    }

    private void Add(
        StudentGroup group, PlannedSchool school, string? village, int grade, bool boarding, bool poor, DateOnly enrolledOn, (DateOnly From, DateOnly To) born, HardshipCategory? category)
    {
        village ??= TownshipVillage(school.TownshipCode);
        var townshipCode = _villages.First(v => v.Code == village).TownshipCode;
        var countyTown = townshipCode == _villages[0].TownshipCode;
        var leftBehind = group == StudentGroup.Compulsory && !countyTown && _random.Next(100) < (poor ? 30 : 20);
        var male = _random.Next(100) < 52;
        var birthDate = born.From.AddDays(_random.Next(born.To.DayNumber - born.From.DayNumber + 1));
        var sibling = poor && _lastPoor is { } last && last.Group == group && last.VillageCode == village && _random.Next(4) == 0 ? last : null;
        var surname = sibling?.Name[..1] ?? _names.Surname();
        var nationalId = _ids.Next(birthDate, male);
        string? household = null;
        if (poor)
        {
            household = sibling?.HouseholdId ?? $"H{CountyGeography.AreaCode}{++_households:000000}";
            category = sibling?.Category ?? category;
        }

        var student = new PlannedStudent(
            nationalId, surname + _names.Given(male), birthDate, male, school, village, grade, boarding, household, category, leftBehind, enrolledOn,
            sibling?.Guardian ?? Guardian(surname, leftBehind, nationalId), group);
        _students.Add(student);
        if (poor)
        {
            _lastPoor = student;
        }
    }

    private PlannedGuardian Guardian(string surname, bool leftBehind, string childId)
    {
        var (relation, male) = (leftBehind, _random.Next(2) == 0) switch
        {
            (true, true) => ("祖父", true),
            (true, false) => ("祖母", false),
            (false, true) => ("父亲", true),
            _ => ("母亲", false),
        };
        var name = (male ? surname : _names.Surname()) + _names.Given(male);
        string[] prefixes = ["135", "136", "138", "139", "150", "151", "152", "157", "158", "159", "177", "182", "183", "187", "188", "189"];
        var phone = prefixes[_random.Next(prefixes.Length)] + _random.Next(0, 100_000_000).ToString("00000000", CultureInfo.InvariantCulture);
        return new PlannedGuardian(name, relation, phone, Banks[_random.Next(Banks.Length)], UnionPayCard.For(childId));
    }

    private HardshipCategory Hardship() => _random.Next(100) switch
    {
        < 72 => HardshipCategory.RegisteredPoorHousehold,
        < 88 => HardshipCategory.SubsistenceAllowance,
        < 94 => HardshipCategory.ExtremePoverty,
        < 97 => HardshipCategory.DisabledHousehold,
        _ => HardshipCategory.Orphan,
    };

    /// <summary>The first day of the student's school record: the September they entered grade <paramref name="firstGrade"/>.</summary>
    private static DateOnly SchoolRecordStart(int grade, int firstGrade) => new(DemoCalendar.Year - (grade - firstGrade), 9, 1);

    /// <summary>Born so as to be 5 + grade on 1 September of the 2025–26 school year.</summary>
    private static (DateOnly From, DateOnly To) BornIn(int grade)
    {
        var age = 5 + grade;
        return (new DateOnly(DemoCalendar.Year - age - 1, 9, 2), new DateOnly(DemoCalendar.Year - age, 9, 1));
    }

    private string AnyVillage() => _villages[_random.Next(_villages.Count)].Code;

    private string TownshipVillage(string townshipCode)
    {
        var villages = _villages.Where(v => v.TownshipCode == townshipCode).ToList();
        return villages[_random.Next(villages.Count)].Code;
    }

    private PlannedSchool Pick(IReadOnlyList<PlannedSchool> schools, Func<PlannedSchool, double> weight)
    {
        var total = schools.Sum(weight);
        var at = _random.NextDouble() * total;
        foreach (var school in schools)
        {
            at -= weight(school);
            if (at < 0)
            {
                return school;
            }
        }

        return schools[^1];
    }

    private static double Weight(PlannedSchool school) => (school.Stage, school.Location) switch
    {
        (Stage.JuniorSecondary, SchoolLocation.Urban) => 5,
        (Stage.JuniorSecondary, _) => 2,
        (_, SchoolLocation.Urban) => 10,
        (_, SchoolLocation.Town) => 5,
        (_, SchoolLocation.Rural) => 1.6,
        _ => 0.3,
    };

    /// <summary>Poor families live mostly away from the county town.</summary>
    private static double PoorWeight(PlannedSchool school) => school.Location == SchoolLocation.Urban ? Weight(school) * 0.3 : Weight(school);

    private static void Many(int count, Action add)
    {
        for (var i = 0; i < count; i++)
        {
            add();
        }
    }
}
