using System.Globalization;
using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Localization;

namespace EduRelief.Modules.TeacherSupport.Domain;

/// <summary>What the module tells its users when it refuses something, built per call so it speaks the caller's language.</summary>
internal static class TeacherText
{
    public static UserText NoSchool(string code) => new($"学校代码 '{code}' 不存在", $"no school has code '{code}'");

    public static UserText NoTeacher(string nationalId) => new($"没有身份证号为 {nationalId} 的教师", $"no teacher has national ID {nationalId}");

    public static UserText TeacherExists() => new("已有该身份证号的教师", "a teacher with this national ID already exists");

    public static UserText CodeTaken(string code) => new($"代码 '{code}' 已被使用", $"the code '{code}' is already taken");

    public static UserText InTheFuture(DateOnly on, DateOnly today) =>
        new($"{Day(on)} 晚于今天（{Day(today)}）", $"{Day(on)} is after today ({Day(today)})");

    public static UserText NotAfter(DateOnly earliest) => new($"须晚于 {Day(earliest)}", $"must be after {Day(earliest)}");

    public static UserText Before(DateOnly start) => new($"早于开始日期 {Day(start)}", $"is before the start ({Day(start)})");

    public static UserText AlreadyThere(string school) => new($"该教师已在学校 {school} 任教", $"the teacher is already at school {school}");

    public static UserText NoPostsAt(string school, string campaign) =>
        new($"招聘计划 {campaign} 没有学校 {school} 的岗位", $"campaign {campaign} has no posts at school {school}");

    public static UserText OutsideCampaignYear(int year) => new($"须在招聘年度 {year} 内", $"must fall in the campaign's year {year}");

    public static UserText PostsFilled(string school, int posts) =>
        new($"学校 {school} 的 {posts} 个岗位已招满", $"all {posts} post(s) at school {school} are filled");

    public static UserText SchoolTwice(string school) => new($"学校 {school} 出现了两次", $"school {school} is listed twice");

    public static UserText NotStarted(string course, DateOnly startsOn) =>
        new($"培训 {course} 尚未开始（{Day(startsOn)} 开始），不能登记参训", $"course {course} has not started yet (it starts on {Day(startsOn)}): no attendance yet");

    public static UserText RollApproved(RollMonth month) =>
        new($"{month} 的补助发放表已审核，不能再变更；调整只适用于以后的月份", $"the allowance roll of {month} is approved and no longer changes; a change applies to later months only");

    public static UserText NoRoll(RollMonth month) => new($"{month} 尚未计算补助发放表", $"no allowance roll has been computed for {month}");

    public static UserText MonthToCome(RollMonth month, RollMonth current) =>
        new($"{month} 晚于本月（{current}）", $"{month} is after this month ({current})");

    public static UserText BadMonth(string? text) => new($"'{text}' 不是 YYYY-MM 格式的月份", $"'{text}' is not a month as YYYY-MM");

    public static UserText Overlaps(AllowanceTier existing) => new(
        $"与 {existing.Schools} 自 {Day(existing.EffectiveFrom)} 起{(existing.EffectiveTo is { } to ? "至 " + Day(to) : string.Empty)}的补助标准日期重叠",
        $"overlaps the tier for {existing.Schools} effective from {Day(existing.EffectiveFrom)}{(existing.EffectiveTo is { } end ? " to " + Day(end) : string.Empty)}");

    public static UserText LocationOrSchools() => new("须填写 location 或 schoolCodes 之一", "needs either location or schoolCodes, not both");

    public static UserText NotRuralLocation(string location) =>
        new($"生活补助只发给农村（Rural）和偏远（Remote）学校，不能是 {location}", $"the allowance is for Rural and Remote schools only, not {location}");

    public static UserText SchoolsTwice(string schools) => new($"{schools} 在本次标准中出现了两次", $"{schools} appears twice in these tiers");

    public static UserText NotNegative() => new("不能为负数", "must not be negative");

    public static UserText TwoDecimals() => new("最多两位小数", "must have at most two decimals");

    public static UserText AtMost(decimal max) =>
        new($"不能超过 {max.ToString("N0", CultureInfo.InvariantCulture)}", $"must be at most {max.ToString("N0", CultureInfo.InvariantCulture)}");

    public static UserText MustBePositive() => new("必须大于 0", "must be more than 0");

    public static UserText NotUrban(string school, SchoolLocation location) =>
        new($"学校 {school} 不是城区学校（{location}）", $"school {school} is not an urban school ({location})");

    public static UserText NotRural(string school, SchoolLocation location) =>
        new($"学校 {school} 须为农村或偏远学校（实为 {location}）", $"school {school} must be a rural or remote school (it is {location})");

    public static UserText PairExists() => new("这两所学校已经结对", "these two schools are already paired");

    public static UserText BeforePairing(DateOnly since) => new($"早于结对日期 {Day(since)}", $"is before the schools were paired ({Day(since)})");

    public static UserText OutsidePair(string school) => new($"学校 {school} 不在该结对中", $"school {school} is not one of the pair");

    public static UserText SameSchool() => new("交流须在结对的两所学校之间", "an exchange goes from one school of the pair to the other");

    public static UserText NeedsIds() => new("至少需要一个身份证号", "needs at least one national ID");

    public static UserText LeftService(DateOnly lastDay) => new($"该教师已于 {Day(lastDay)} 离开教师岗位", $"the teacher left service on {Day(lastDay)}");

    public static UserText LeftServiceBefore(string nationalId, DateOnly lastDay, DateOnly day) => new(
        $"教师 {SharedKernel.Primitives.NationalId.Mask(nationalId)} 已于 {Day(lastDay)} 离岗，{Day(day)} 不在岗",
        $"teacher {SharedKernel.Primitives.NationalId.Mask(nationalId)} left service on {Day(lastDay)} and was not in post on {Day(day)}");

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
