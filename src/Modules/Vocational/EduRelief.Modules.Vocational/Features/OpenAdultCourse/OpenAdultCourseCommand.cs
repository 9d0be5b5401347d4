using System.Text.Json.Serialization;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.Vocational.Features.OpenAdultCourse;

/// <summary>A skills-training course for adults of poor households held in a township.</summary>
internal sealed record OpenAdultCourseCommand : ICommand<AdultCourseResponse>, IAudited, IDatedCommand
{
    public string? Code { get; init; }

    public string? Name { get; init; }

    public string? TownshipCode { get; init; }

    public string? Trade { get; init; }

    public DateOnly? StartsOn { get; init; }

    public DateOnly? EndsOn { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"adult course:{Code} township:{TownshipCode}";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [new("startsOn", StartsOn)];
}
