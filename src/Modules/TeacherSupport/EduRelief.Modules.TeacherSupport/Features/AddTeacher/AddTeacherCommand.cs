using System.Text.Json.Serialization;
using EduRelief.Modules.TeacherSupport.Features.ListTeachers;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;
using EduRelief.SharedKernel.Primitives;

namespace EduRelief.Modules.TeacherSupport.Features.AddTeacher;

/// <summary>Enumerations arrive as text so that an unknown value is reported against its field.</summary>
internal sealed record AddTeacherCommand : ICommand<TeacherResponse>, IAudited, IDatedCommand
{
    public string? NationalId { get; init; }

    public string? Name { get; init; }

    public string? SchoolCode { get; init; }

    public string? Subject { get; init; }

    public string? Title { get; init; }

    public DateOnly? HiredOn { get; init; }

    public string? Staffing { get; init; }

    public bool? SpecialPost { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"teacher:{SharedKernel.Primitives.NationalId.Mask(NationalId?.Trim() ?? string.Empty)} school:{SchoolCode}";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [new("hiredOn", HiredOn)];
}
