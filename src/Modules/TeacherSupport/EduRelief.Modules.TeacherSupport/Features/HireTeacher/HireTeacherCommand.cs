using System.Text.Json.Serialization;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.TeacherSupport.Features.HireTeacher;

/// <summary>A hire creates the teacher: staffing defaults to Established, specialPost (特岗) to false.</summary>
internal sealed record HireTeacherCommand : ICommand<HireResponse>, IAudited, IDatedCommand
{
    [JsonIgnore]
    public string CampaignCode { get; init; } = string.Empty;

    public string? NationalId { get; init; }

    public string? Name { get; init; }

    public string? SchoolCode { get; init; }

    public string? Subject { get; init; }

    public string? Title { get; init; }

    public DateOnly? HiredOn { get; init; }

    public string? Staffing { get; init; }

    public bool? SpecialPost { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"campaign:{CampaignCode} teacher:{SharedKernel.Primitives.NationalId.Mask(NationalId?.Trim() ?? string.Empty)} school:{SchoolCode}";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [new("hiredOn", HiredOn)];
}
