using System.Text.Json.Serialization;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.SchoolConstruction.Features.RecordEquipment;

/// <summary>A school's equipment as of a day; the same day sent again replaces that day's counts.</summary>
internal sealed record RecordEquipmentCommand : ICommand<EquipmentResponse>, IAudited, IDatedCommand
{
    [JsonIgnore]
    public string SchoolCode { get; init; } = string.Empty;

    public DateOnly? AsOf { get; init; }

    public int? Classrooms { get; init; }

    public int? MultimediaClassrooms { get; init; }

    public int? Labs { get; init; }

    public int? LibraryVolumes { get; init; }

    public int? OnlineClassrooms { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"school:{SchoolCode} equipment as of {AsOf:yyyy-MM-dd}";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [new("asOf", AsOf)];
}
