using System.Text.Json.Serialization;
using EduRelief.Modules.SchoolConstruction.Features.ListBuildings;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.SchoolConstruction.Features.RegisterBuilding;

/// <summary>Enumerations arrive as text so that an unknown value is reported against its field.</summary>
internal sealed record RegisterBuildingCommand : ICommand<BuildingResponse>, IAudited
{
    public string? SchoolCode { get; init; }

    public string? Name { get; init; }

    public string? Use { get; init; }

    public decimal? FloorArea { get; init; }

    public int? YearBuilt { get; init; }

    public string? Structure { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"school:{SchoolCode} building {Name}";
}
