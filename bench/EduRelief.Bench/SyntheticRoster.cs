using System.Globalization;
using System.Text;
using EduRelief.BuildingBlocks.Export;
using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Primitives;

namespace EduRelief.Bench;

/// <summary>
/// A deterministic synthetic county roster of <see cref="Count"/> students: row <c>i</c> is always the same, so the
/// CSV for the import and the rows for the raw insert are the same data without holding either in memory.
/// National IDs are unique (a permutation of area code × birth date 2008–2019 × sequence) and carry a valid check
/// character. About 30% of students belong to a household (about three per household, N/10 households) and hold
/// that household's hardship category; the household list makes 10% of households exit and 10% gain a category.
/// </summary>
internal sealed class SyntheticRoster
{
    public const int SchoolCount = 40;

    public const string RosterHeader =
        "national_id,name,school_code,grade,boarding,household_id,categories,left_behind,disability_category,disability_grade,enrolled_on";

    public const string HouseholdHeader = "household_id,category,effective_on,status";

    private static readonly string[] AreaCodes =
    [
        "522401", "522402", "522422", "522423", "522424", "522425", "522426", "522427", "522428", "522429",
        "522601", "522622", "522623", "522624", "522625", "522626", "522627", "522628", "522629", "522630",
    ];

    private static readonly string[] Surnames =
        ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "罗", "龙", "吴", "杨", "石", "潘", "蒙"];

    private static readonly string[] GivenChars =
        ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "梅", "鑫", "宇", "浩", "欣", "怡"];

    private static readonly string[] Disabilities = Enum.GetNames<DisabilityCategory>();

    private static readonly DateOnly FirstBirthDate = new(2008, 1, 1);
    private static readonly int BirthDays = new DateOnly(2019, 12, 31).DayNumber - FirstBirthDate.DayNumber + 1;

    // Multiplier coprime with the number of distinct IDs, so i -> (i * Stride + Offset) mod Space is a permutation.
    private const long Stride = 1_000_003;
    private const long Offset = 7_777_777;

    private readonly long _space;

    public SyntheticRoster(int count)
    {
        _space = (long)AreaCodes.Length * BirthDays * 1000;
        if (count <= 0 || count > _space)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"must be between 1 and {_space}");
        }

        Count = count;
        Households = Math.Max(1, count / 10);
    }

    public int Count { get; }

    /// <summary>How many households there are; the household list has one line for each.</summary>
    public int Households { get; }

    public static string SchoolCode(int index) => $"52240{index:D4}";

    public SyntheticStudent Student(int i)
    {
        var h = Mix((ulong)i);
        var k = ((i * Stride) + Offset) % _space;
        var area = AreaCodes[k % AreaCodes.Length];
        var birthDate = FirstBirthDate.AddDays((int)(k / AreaCodes.Length % BirthDays));
        var sequence = (int)(k / AreaCodes.Length / BirthDays);
        var nationalId = NationalIdOf(area, birthDate, sequence);

        var given = GivenChars[(int)(h % (ulong)GivenChars.Length)];
        if ((h >> 5) % 4 != 0)
        {
            given += GivenChars[(int)((h >> 9) % (ulong)GivenChars.Length)];
        }

        var name = Surnames[(int)((h >> 14) % (ulong)Surnames.Length)] + given;
        var entryYear = birthDate.Year + 6;
        var grade = Math.Clamp(2025 - entryYear + 1, 1, 12);

        string? householdId = null;
        string? category = null;
        var mask = 0;
        if ((h >> 20) % 10 < 3)
        {
            var household = (int)((h >> 24) % (ulong)Households);
            householdId = HouseholdId(household);
            var held = CategoryOf(household);
            category = held.ToString();
            mask = 1 << (int)held;
        }

        string? disability = null;
        int? disabilityGrade = null;
        if ((h >> 44) % 100 < 2)
        {
            disability = Disabilities[(int)((h >> 51) % (ulong)Disabilities.Length)];
            disabilityGrade = (int)((h >> 56) % 4) + 1;
        }

        return new SyntheticStudent(
            nationalId,
            name,
            birthDate,
            (nationalId[16] - '0') % 2,
            SchoolCode((int)((h >> 30) % SchoolCount)),
            grade,
            (h >> 36) % 10 < 3,
            householdId,
            category,
            mask,
            (h >> 40) % 10 < 2,
            disability,
            disabilityGrade,
            new DateOnly(entryYear, 9, 1));
    }

    /// <summary>Writes the roster CSV (UTF-8, no BOM) as the student-aid system exports it, streaming row by row.</summary>
    public async Task WriteRosterAsync(string path, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        await writer.WriteLineAsync(RosterHeader.AsMemory(), cancellationToken);
        var line = new StringBuilder(160);
        for (var i = 0; i < Count; i++)
        {
            var s = Student(i);
            line.Clear()
                .Append(s.NationalId).Append(',')
                .Append(s.Name).Append(',')
                .Append(s.SchoolCode).Append(',')
                .Append(s.Grade.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(s.Boarding ? "true" : "false").Append(',')
                .Append(s.HouseholdId).Append(',')
                .Append(s.Category).Append(',')
                .Append(s.LeftBehind ? "true" : "false").Append(',')
                .Append(s.DisabilityCategory).Append(',')
                .Append(s.DisabilityGrade?.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(s.EnrolledOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await writer.WriteLineAsync(line, cancellationToken);
        }
    }

    /// <summary>
    /// The same roster as the student-aid system's XLSX: Chinese headers, the grade a number and the enrolment a date
    /// cell as Excel keeps them, streamed by the table writer the exports use.
    /// </summary>
    public async Task WriteRosterWorkbookAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        await using var writer = TableWriter.For(ExportFormat.Xlsx, file, "花名册");
        await writer.WriteHeaderAsync(["身份证号", "姓名", "学校代码", "年级", "是否寄宿", "户编号", "困难类型", "是否留守", "残疾类别", "残疾等级", "入学日期"], cancellationToken);
        for (var i = 0; i < Count; i++)
        {
            var s = Student(i);
            await writer.WriteRowAsync(
                [s.NationalId, s.Name, s.SchoolCode, s.Grade, s.Boarding ? "是" : "否", s.HouseholdId, s.Category, s.LeftBehind ? "是" : "否", s.DisabilityCategory, s.DisabilityGrade, s.EnrolledOn],
                cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    /// <summary>
    /// Writes the poverty data platform's household list, one line per household: 10% exit their category,
    /// 10% gain ExtremePoverty, the rest confirm what their students already hold.
    /// </summary>
    public async Task WriteHouseholdListAsync(string path, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        await writer.WriteLineAsync(HouseholdHeader.AsMemory(), cancellationToken);
        for (var j = 0; j < Households; j++)
        {
            var line = (j % 10) switch
            {
                0 => $"{HouseholdId(j)},{CategoryOf(j)},2025-10-01,Exited",
                1 => $"{HouseholdId(j)},{HardshipCategory.ExtremePoverty},2025-10-01,Active",
                _ => $"{HouseholdId(j)},{CategoryOf(j)},2020-01-01,Active",
            };
            await writer.WriteLineAsync(line.AsMemory(), cancellationToken);
        }
    }

    private static string HouseholdId(int household) => $"H5224{household:D9}";

    private static HardshipCategory CategoryOf(int household) =>
        household % 3 == 0 ? HardshipCategory.SubsistenceAllowance : HardshipCategory.RegisteredPoorHousehold;

    private static string NationalIdOf(string area, DateOnly birthDate, int sequence) =>
        string.Create(NationalId.Length, (area, birthDate, sequence), static (chars, state) =>
        {
            state.area.AsSpan().CopyTo(chars);
            state.birthDate.TryFormat(chars[6..], out _, "yyyyMMdd", CultureInfo.InvariantCulture);
            state.sequence.TryFormat(chars[14..], out _, "D3", CultureInfo.InvariantCulture);
            chars[17] = NationalId.ComputeCheckCharacter(chars[..17]);
        });

    // SplitMix64: a well-mixed, repeatable 64-bit value per row index.
    private static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
