using System.Text.Json.Serialization;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Vocational.Features.PlaceInOrderClass;

/// <summary>An enrolled student placed in an order-based class of their specialty.</summary>
internal sealed record PlaceInOrderClassCommand : ICommand<EnrolmentResponse>, IAudited
{
    [JsonIgnore]
    public string OrderClassCode { get; init; } = string.Empty;

    public string? NationalId { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"order class:{OrderClassCode} student:{SharedKernel.Primitives.NationalId.Mask(NationalId?.Trim() ?? string.Empty)}";
}
