using System.Text.Json.Serialization;
using EduRelief.Modules.TeacherSupport.Features.GetCampaign;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.TeacherSupport.Features.OpenCampaign;

internal sealed record OpenCampaignCommand : ICommand<CampaignResponse>, IAudited, IDatedCommand
{
    public string? Code { get; init; }

    public int? Year { get; init; }

    public string? Name { get; init; }

    public IReadOnlyList<CampaignPostInput>? Posts { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"campaign:{Code}";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [DatedField.InYear("year", Year)];
}
