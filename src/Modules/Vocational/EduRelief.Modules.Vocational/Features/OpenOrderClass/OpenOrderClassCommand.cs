using System.Text.Json.Serialization;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.Vocational.Features.OpenOrderClass;

/// <summary>An order-based class (订单班) of a specialty, for an employer who commits to hire <see cref="Places"/> graduates.</summary>
internal sealed record OpenOrderClassCommand : ICommand<OrderClassResponse>, IAudited, IDatedCommand
{
    public string? Code { get; init; }

    public string? SpecialtyCode { get; init; }

    public string? Employer { get; init; }

    public int? Places { get; init; }

    public int? Year { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"order class:{Code} specialty:{SpecialtyCode}";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [DatedField.InYear("year", Year)];
}
