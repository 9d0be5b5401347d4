using System.Text.Json.Serialization;
using EduRelief.Modules.TeacherSupport.Features.GetCampaign;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.TeacherSupport.Features.OpenCampaign;

internal sealed record OpenCampaignCommand : ICommand<CampaignResponse>, IAudited
{
    public string? Code { get; init; }

    public int? Year { get; init; }

    public string? Name { get; init; }

    public IReadOnlyList<CampaignPostInput>? Posts { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"campaign:{Code}";
}
