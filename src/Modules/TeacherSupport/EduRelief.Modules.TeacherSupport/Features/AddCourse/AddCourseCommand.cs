using System.Text.Json.Serialization;
using EduRelief.Modules.TeacherSupport.Features.ListCourses;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.TeacherSupport.Features.AddCourse;

internal sealed record AddCourseCommand : ICommand<CourseResponse>, IAudited, IDatedCommand
{
    public string? Code { get; init; }

    public string? Name { get; init; }

    public string? Kind { get; init; }

    public DateOnly? StartsOn { get; init; }

    public DateOnly? EndsOn { get; init; }

    public decimal? Hours { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"course:{Code}";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [new("startsOn", StartsOn)];
}
