using System.Text.Json.Serialization;
using EduRelief.Modules.SchoolConstruction.Features.GetBuilding;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.SchoolConstruction.Features.AppraiseBuilding;

internal sealed record AppraiseBuildingCommand : ICommand<AppraisalResponse>, IAudited, IDatedCommand
{
    [JsonIgnore]
    public Guid BuildingId { get; init; }

    public DateOnly? AppraisedOn { get; init; }

    public string? Grade { get; init; }

    public string? AppraisedBy { get; init; }

    public string? ReportNo { get; init; }

    public DateOnly? NextDueOn { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"building:{BuildingId} appraisal {ReportNo} grade {Grade}";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [new("appraisedOn", AppraisedOn)];
}
