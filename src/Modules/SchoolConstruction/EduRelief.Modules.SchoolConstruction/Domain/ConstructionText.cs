using System.Globalization;
using EduRelief.SharedKernel.Localization;

namespace EduRelief.Modules.SchoolConstruction.Domain;

/// <summary>What the module tells its users when it refuses something, built per call so it speaks the caller's language.</summary>
internal static class ConstructionText
{
    public static UserText NoSchool(string code) => new($"学校代码 '{code}' 不存在", $"no school has code '{code}'");

    public static UserText InTheFuture(DateOnly on, DateOnly today) =>
        new($"{Day(on)} 晚于今天（{Day(today)}）", $"{Day(on)} is after today ({Day(today)})");

    public static UserText NotAfter(DateOnly on, DateOnly earliest) =>
        new($"须晚于 {Day(earliest)}", $"must be after {Day(earliest)}");

    public static UserText BeforeBuilt(int yearBuilt) => new($"早于建成年份 {yearBuilt}", $"is before the building was built ({yearBuilt})");

    public static UserText Demolished(DateOnly on) => new($"该校舍已于 {Day(on)} 拆除", $"the building was demolished on {Day(on)}");

    public static UserText MustBePositive() => new("必须大于 0", "must be more than 0");

    public static UserText TwoDecimals() => new("最多两位小数", "must have at most two decimals");

    public static UserText AtMost(decimal max) =>
        new($"不能超过 {max.ToString("N0", CultureInfo.InvariantCulture)}", $"must be at most {max.ToString("N0", CultureInfo.InvariantCulture)}");

    public static UserText SameSourceTwice(string source) => new($"资金来源 {source} 出现了两次", $"the funding source {source} is listed twice");

    public static UserText BeyondBudget(decimal amount, decimal spent, decimal budget) => new(
        $"支出 ¥{Money(amount)} 后累计 ¥{Money(spent + amount)}，超出当前预算 ¥{Money(budget)}；请先调整预算",
        $"spending ¥{Money(amount)} would bring the total to ¥{Money(spent + amount)}, over the current budget of ¥{Money(budget)}; revise the budget first");

    public static UserText BudgetBelowSpending(decimal budget, decimal spent) => new(
        $"调整后预算 ¥{Money(budget)} 低于已支出的 ¥{Money(spent)}",
        $"the revised budget of ¥{Money(budget)} is below the ¥{Money(spent)} already spent");

    public static UserText Accepted() => new("项目已验收，不能再记录支出或调整预算", "the project has been accepted: no more spending or budget revisions");

    public static UserText NotForward(string from, string to) => new(
        $"项目状态只能向前推进：当前为 {from}，不能改为 {to}",
        $"a project's status only moves forward: it is {from}, it cannot become {to}");

    public static UserText NextIs(string from, string next) => new(
        $"当前状态为 {from}，下一步只能是 {next}",
        $"the project is {from}; its next status can only be {next}");

    public static UserText BeforePreviousMove(string previous, DateOnly on) => new(
        $"不能早于项目进入 {previous} 的日期 {Day(on)}",
        $"must not be before the project became {previous} on {Day(on)}");

    public static UserText SeatsOnlyWhenCompleting() => new("只有在项目竣工（Completed）时才能填写实际学位数", "actual seats are given only when the project is Completed");

    public static UserText PlannedEndBeforeStart() => new("计划竣工日期早于计划开工日期", "the planned end is before the planned start");

    public static UserText NotThisSchoolsBuilding(Guid id, string schoolCode) =>
        new($"校舍 {id} 不属于学校 {schoolCode}", $"building {id} is not a building of school {schoolCode}");

    public static UserText AlreadyDemolished(Guid id) => new($"校舍 {id} 已拆除", $"building {id} has already been demolished");

    public static UserText MultimediaAboveClassrooms(int multimedia, int classrooms) => new(
        $"班班通教室 {multimedia} 间多于教室总数 {classrooms} 间",
        $"{multimedia} multimedia classrooms is more than the {classrooms} classrooms");

    public static UserText ProjectCodeTaken(string code) => new($"项目编号 '{code}' 已存在", $"a project with code '{code}' already exists");

    private static string Day(DateOnly on) => on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Money(decimal amount) => amount.ToString("N2", CultureInfo.InvariantCulture);
}
