using System.Text.Json.Serialization;
using EduRelief.Modules.TeacherSupport.Features.ListTeachers;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.TeacherSupport.Features.MoveTeacher;

internal sealed record MoveTeacherCommand : ICommand<TeacherResponse>, IAudited, IDatedCommand
{
    [JsonIgnore]
    public Guid TeacherId { get; init; }

    public string? SchoolCode { get; init; }

    public DateOnly? On { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"teacher:{TeacherId} to school:{SchoolCode} on {On:yyyy-MM-dd}";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [new("on", On)];
}
