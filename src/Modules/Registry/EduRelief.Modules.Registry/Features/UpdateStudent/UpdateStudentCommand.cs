using System.Text.Json;
using System.Text.Json.Serialization;
using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.Registry.Features.UpdateStudent;

/// <summary>
/// A partial change: a field left out stays as it is. <see cref="Disability"/> is kept raw so that
/// <c>"disability": null</c> (the disability is removed) differs from leaving it out.
/// </summary>
internal sealed record UpdateStudentCommand : ICommand<StudentDto>, IAudited, IDatedCommand
{
    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [new("effectiveOn", EffectiveOn)];

    [JsonIgnore]
    public string AuditRecords => $"student:{StudentId}";

    [JsonIgnore]
    public Guid StudentId { get; init; }

    public string? SchoolCode { get; init; }

    public int? Grade { get; init; }

    public bool? Boarding { get; init; }

    public string? HouseholdId { get; init; }

    public IReadOnlyList<string>? Categories { get; init; }

    public bool? LeftBehind { get; init; }

    public JsonElement Disability { get; init; }

    /// <summary>Kept raw like <see cref="Disability"/>: null removes the guardian, an object replaces it.</summary>
    public JsonElement Guardian { get; init; }

    /// <summary>Kept raw like <see cref="Disability"/>: null removes the account, an object replaces it.</summary>
    public JsonElement Account { get; init; }

    public string? Status { get; init; }

    /// <summary>The day the change took effect; today when left out.</summary>
    public DateOnly? EffectiveOn { get; init; }

    /// <summary>The version the client last read (required); a different current version refuses the change (409).</summary>
    public int? Version { get; init; }
}
