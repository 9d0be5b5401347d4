using System.Globalization;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.Vocational.Domain;

namespace EduRelief.Modules.Vocational.Features.Shared;

/// <summary>What the module adds to a student's file (一生一档); sent through the outbox, idempotent per source reference.</summary>
internal static class StudentFileEntries
{
    private const string Source = VocationalModule.ModuleName;

    public static AppendStudentFileEntryCommand Enrolled(Enrolment e, Specialty specialty) =>
        Entry(e, $"enrolment:{e.Id}", "VocationalEnrolment", $"中职入学：{specialty.Name}（{specialty.SchoolCode}）", e.EnrolledOn, e.PoorHousehold ? "建档立卡贫困户" : null);

    public static AppendStudentFileEntryCommand Placed(Enrolment e, OrderClass c, DateOnly on) =>
        Entry(e, $"order-class:{e.Id}", "OrderClass", $"订单班 {c.Code}：{c.Employer}", on, $"承诺录用 {c.Places} 人");

    public static AppendStudentFileEntryCommand Interned(Internship i) =>
        Entry(i.StudentId, $"internship:{i.Id}", "Internship", $"实习：{i.Base}", i.StartsOn, $"{VocationalText.Day(i.StartsOn)} 至 {VocationalText.Day(i.EndsOn)}");

    public static AppendStudentFileEntryCommand Graduated(Enrolment e) =>
        Entry(e, $"graduation:{e.Id}", "VocationalGraduation", "中职毕业", e.GraduatedOn!.Value, Outcome(e.GraduationOutcome, e.Employer));

    public static AppendStudentFileEntryCommand FollowedUp(Enrolment e) =>
        Entry(e, $"follow-up:{e.Id}", "VocationalFollowUp", "毕业生跟踪回访", e.FollowUpOn!.Value, Outcome(e.FollowUpOutcome, e.Employer));

    private static string? Outcome(GraduateOutcome? outcome, string? employer) =>
        outcome is { } o ? string.Create(CultureInfo.InvariantCulture, $"{VocationalNames.Outcome(o).Chinese}{(employer is null ? string.Empty : "：" + employer)}") : null;

    private static AppendStudentFileEntryCommand Entry(Enrolment e, string reference, string kind, string title, DateOnly on, string? details) =>
        Entry(e.StudentId, reference, kind, title, on, details);

    private static AppendStudentFileEntryCommand Entry(Guid studentId, string reference, string kind, string title, DateOnly on, string? details) => new()
    {
        StudentId = studentId,
        SourceModule = Source,
        SourceReference = reference,
        Kind = kind,
        Title = title,
        OccurredOn = on,
        Details = details,
    };
}
