using System.Text.Json.Serialization;
using EduRelief.Modules.TeacherSupport.Features.ListTeachers;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.TeacherSupport.Features.MoveTeacher;

internal sealed record MoveTeacherCommand : ICommand<TeacherResponse>, IAudited
{
    [JsonIgnore]
    public Guid TeacherId { get; init; }

    public string? SchoolCode { get; init; }

    public DateOnly? On { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"teacher:{TeacherId} to school:{SchoolCode} on {On:yyyy-MM-dd}";
}
