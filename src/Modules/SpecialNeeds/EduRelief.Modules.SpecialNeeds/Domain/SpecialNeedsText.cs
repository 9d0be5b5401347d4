using System.Globalization;
using EduRelief.SharedKernel.Localization;

namespace EduRelief.Modules.SpecialNeeds.Domain;

/// <summary>What the module tells its users when it refuses something, built per call so it speaks the caller's language.</summary>
internal static class SpecialNeedsText
{
    public static UserText NoSchool(string code) => new($"学校代码 '{code}' 不存在", $"no school has code '{code}'");

    public static UserText NoTownship(string code) => new($"乡镇代码 '{code}' 不存在", $"no township has code '{code}'");

    public static UserText NoVillage(string code) => new($"村代码 '{code}' 不存在", $"no village has code '{code}'");

    public static UserText VillageElsewhere(string village, string township) =>
        new($"村 {village} 属于乡镇 {township}", $"village {village} belongs to township {township}");

    public static UserText NotOnRegister(string nationalId) =>
        new($"身份证号为 {nationalId} 的儿童不在残疾儿童名册上", $"no child with national ID {nationalId} is on the register of disabled children");

    public static UserText ChildExists() => new("该身份证号的儿童已在名册上", "a child with this national ID is already on the register");

    public static UserText CodeTaken(string code) => new($"代码 '{code}' 已被使用", $"the code '{code}' is already taken");

    public static UserText NotAStudent(string nationalId) =>
        new($"身份证号 {nationalId} 不是学籍系统中的学生", $"national ID {nationalId} is not a student in the Registry");

    public static UserText NotLeftBehind() =>
        new("学籍系统未将该学生标记为留守儿童，不能加入留守儿童之家", "the Registry does not flag this student as left-behind, so it cannot join a left-behind children home");

    public static UserText NotAttached(string home) => new($"该儿童未加入留守儿童之家 {home}", $"the child is not attached to home {home}");

    public static UserText SchoolOrVillage() => new("须填写 schoolCode 或 villageCode 之一（不能同时填写）", "give either schoolCode or villageCode, not both");

    public static UserText InTheFuture(DateOnly on, DateOnly today) =>
        new($"{Day(on)} 晚于今天（{Day(today)}）", $"{Day(on)} is after today ({Day(today)})");

    public static UserText NotAfter(DateOnly earliest) => new($"须晚于 {Day(earliest)}", $"must be after {Day(earliest)}");

    public static UserText NoSchoolForMode(object mode) =>
        new($"安置方式 {mode} 不在学校就读，不填写学校", $"mode {mode} places the child at no school; leave schoolCode out");

    public static UserText SchoolNeeded(object mode) => new($"安置方式 {mode} 须填写学校", $"mode {mode} needs the school");

    public static UserText NotSpecialSchool(string code) => new($"学校 {code} 不是特殊教育学校", $"school {code} is not a special school");

    public static UserText NoAssessment(DateOnly startsOn) =>
        new($"在学校安置前须有专家委员会的评估（{Day(startsOn)} 及以前）", $"a school placement needs the expert committee's assessment of the child, on or before {Day(startsOn)}");

    public static UserText ConsentNeeded() => new("学校安置须有监护人确认日期", "a school placement needs the date the guardian confirmed it");

    public static UserText NotSchoolAge(int age, int schoolYear) =>
        new($"该儿童在 {schoolYear} 学年（9 月 1 日）为 {age} 周岁，不在 6–15 周岁学龄内，不能安置到学校",
            $"the child is {age} on 1 September {schoolYear}, outside school age (6–15), so cannot be placed at a school");

    public static UserText NotCurrentPlan(Guid plan) =>
        new($"方案 {plan} 不是该儿童当前的安置方案（可能已被替换）", $"plan {plan} is not the child's current plan (it may have been replaced meanwhile)");

    public static UserText PlanOfAnotherChild(Guid plan) => new($"方案 {plan} 不是该儿童的安置方案", $"plan {plan} is not a plan of this child");

    public static UserText HasCurrentPlan(Guid plan) =>
        new($"该儿童已有安置方案 {plan}；变更安置须在 replacesPlanId 中注明被替换的方案", $"the child already has plan {plan}; a change of placement names it in replacesPlanId");

    public static UserText NotHomeDelivered(object mode) =>
        new($"该方案的安置方式为 {mode}，不是送教上门，不能登记送教", $"the plan's mode is {mode}, not HomeDelivered: no home visits");

    public static UserText BeforePlanStarts(DateOnly startsOn) => new($"早于方案开始日期 {Day(startsOn)}", $"is before the plan starts ({Day(startsOn)})");

    public static UserText AfterPlanEnded(DateOnly endsOn) => new($"方案已于 {Day(endsOn)} 被替换", $"the plan was replaced from {Day(endsOn)}");

    public static UserText BeforeHomeOpened(DateOnly openedOn) => new($"早于留守儿童之家开办日期 {Day(openedOn)}", $"is before the home opened ({Day(openedOn)})");

    public static UserText BadHours() => new("须大于 0 且不超过 24", "must be more than 0 and at most 24");

    public static UserText NoneGiven() => new("至少填写一项", "give at least one");

    public static UserText TooMany(int max) => new($"最多 {max} 项", $"at most {max}");

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
