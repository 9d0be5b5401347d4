using System.Globalization;
using EduRelief.SharedKernel.Localization;

namespace EduRelief.Modules.DropoutControl.Domain;

/// <summary>What the module tells its users when it refuses something, built per call so it speaks the caller's language.</summary>
internal static class DropoutControlText
{
    public static UserText NotAStudent(string nationalId) =>
        new($"身份证号 {nationalId} 不是学籍系统中的学生", $"national ID {nationalId} is not a student in the Registry");

    public static UserText NoSchool(string code) => new($"学校代码 '{code}' 不存在", $"no school has code '{code}'");

    public static UserText NotCompulsoryAge(int age) =>
        new($"该学生在本学年（9 月 1 日）为 {age} 周岁，不在义务教育适龄（6–15 周岁）内", $"the student is {age} on 1 September of the school year, outside compulsory-education age (6–15)");

    public static UserText HasOpenCase(Guid caseId) =>
        new($"该学生已有未销号的控辍案件 {caseId}", $"the student already has an open dropout case ({caseId})");

    public static UserText OwnerNeeded() => new("须指定责任人（双线四级，六级责任人缺一不可）", "every case names all six owners on both lines");

    public static UserText OpeningStage() => new("新案件只能是 Suspected（疑似）或 Confirmed（确认）", "a new case is Suspected or Confirmed");

    public static UserText InTheFuture(DateOnly on, DateOnly today) =>
        new($"{Day(on)} 晚于今天（{Day(today)}）", $"{Day(on)} is after today ({Day(today)})");

    public static UserText BeforeDetection(DateOnly detectedOn) =>
        new($"早于发现辍学的日期 {Day(detectedOn)}", $"is before the case was detected ({Day(detectedOn)})");

    public static UserText NotAfterIssue(DateOnly issuedOn) =>
        new($"限期返校日期须晚于通知书签发日期 {Day(issuedOn)}", $"the return-by date must be after the notice's issue date ({Day(issuedOn)})");

    public static UserText Closed(Guid caseId) => new($"案件 {caseId} 已销号，不能再变更", $"case {caseId} is closed and takes no more changes");

    public static UserText HasOutcome(object outcome) =>
        new($"案件已有结果 {outcome}，不能再登记结果", $"the case already has its outcome ({outcome})");

    public static UserText Backwards(object from, object to) =>
        new($"案件只能向前推进：不能从 {from} 改为 {to}", $"a case moves forward only: not from {from} to {to}");

    public static UserText ByOutcome(object stage) =>
        new($"{stage} 只能通过登记结果（/close）进入", $"a case reaches {stage} only by its outcome (/close)");

    public static UserText ObservationRuns(DateOnly until) =>
        new($"观察期至 {Day(until)}，期满后方可销号", $"the observation period runs until {Day(until)}; the case closes after it");

    public static UserText SchoolNeeded() => new("复学须填写返回的学校", "a Returned outcome names the school the student returned to");

    public static UserText ApprovalNeeded(object outcome) =>
        new($"结果 {outcome} 须填写审批机关（乡镇或县）", $"a {outcome} outcome names the approving authority (township or county)");

    public static UserText NoSchoolForOutcome(object outcome) =>
        new($"结果 {outcome} 不填写学校", $"a {outcome} outcome names no school; leave schoolCode out");

    public static UserText ChangedMeanwhile() => new("该案件已被他人修改，请刷新后重试", "the case was changed by someone else meanwhile; reload and try again");

    public static UserText NoneGiven() => new("至少填写一项", "give at least one");

    public static UserText Repeated(object value) => new($"{value} 重复", $"{value} is given twice");

    public static UserText SameOwner(string name) => new($"{name} 已是该职责的责任人", $"{name} already holds this role");

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
