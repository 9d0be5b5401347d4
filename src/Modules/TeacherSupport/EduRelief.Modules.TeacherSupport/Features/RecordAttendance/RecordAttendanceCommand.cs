using System.Text.Json.Serialization;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.TeacherSupport.Features.RecordAttendance;

internal sealed record RecordAttendanceCommand : ICommand<AttendanceResult>, IAudited
{
    [JsonIgnore]
    public string CourseCode { get; init; } = string.Empty;

    public IReadOnlyList<string?>? NationalIds { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"course:{CourseCode} attendance of {NationalIds?.Count ?? 0} teacher(s)";
}
