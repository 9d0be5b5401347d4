using EduRelief.Contracts.Registry;
using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.SharedKernel.Localization;

namespace EduRelief.Modules.TeacherSupport.Web.Shared;

/// <summary>The module's codes as the console and its exports show them.</summary>
internal static class TeacherTexts
{
    public static UserText LocationName(SchoolLocation location) => location switch
    {
        SchoolLocation.Urban => new("城区", "Urban"),
        SchoolLocation.Town => new("乡镇", "Town"),
        SchoolLocation.Rural => new("农村", "Rural"),
        _ => new("偏远", "Remote"),
    };

    public static UserText StaffingName(Staffing staffing) => staffing == Staffing.Established ? new("在编", "Established") : new("合同", "Contract");

    public static UserText KindName(TrainingKind kind) => kind switch
    {
        TrainingKind.AllStaff => new("全员培训", "All-staff training"),
        TrainingKind.Backbone => new("骨干研修", "Backbone study"),
        TrainingKind.SendTeaching => new("送教下乡", "Sending teaching to the countryside"),
        _ => new("国培", "National training"),
    };

    public static UserText ActivityName(PairingActivityKind kind) => kind switch
    {
        PairingActivityKind.TeacherExchange => new("教师交流", "Teacher exchange"),
        PairingActivityKind.TeachingResearch => new("教研活动", "Teaching research"),
        PairingActivityKind.OpenClass => new("公开课", "Open class"),
        _ => new("送教", "Send-teaching"),
    };

    public static UserText ServiceName(DateOnly? leftOn, LeavingReason? reason) => (leftOn, reason) switch
    {
        (null, _) => new("在岗", "In service"),
        ({ } day, var why) => new($"离岗 {Day(day)}（{LeavingName(why).Chinese}）", $"Left {Day(day)} ({LeavingName(why).English})"),
    };

    public static UserText LeavingName(LeavingReason? reason) => reason switch
    {
        LeavingReason.Retired => new("退休", "retired"),
        LeavingReason.Resigned => new("辞职", "resigned"),
        LeavingReason.TransferredOut => new("调出本县", "transferred out"),
        _ => new("其他", "other"),
    };

    public static UserText RollStatusName(AllowanceRollStatus status) => status == AllowanceRollStatus.Approved ? new("已审核", "Approved") : new("待审核", "Computed");

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
