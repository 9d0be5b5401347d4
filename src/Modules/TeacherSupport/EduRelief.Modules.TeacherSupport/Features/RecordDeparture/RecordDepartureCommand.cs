using System.Text.Json.Serialization;
using EduRelief.Modules.TeacherSupport.Features.ListTeachers;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.TeacherSupport.Features.RecordDeparture;

internal sealed record RecordDepartureCommand : ICommand<TeacherResponse>, IAudited, IDatedCommand
{
    [JsonIgnore]
    public Guid TeacherId { get; init; }

    public DateOnly? LastDay { get; init; }

    public string? Reason { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"teacher:{TeacherId} left service after {LastDay:yyyy-MM-dd} ({Reason})";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [new("lastDay", LastDay)];
}
