namespace EduRelief.Modules.Registry.Domain;

/// <summary>村 — a village of a township.</summary>
internal sealed class Village
{
    public Guid Id { get; init; }

    public required string Code { get; init; }

    public required string Name { get; set; }

    public Guid TownshipId { get; init; }
}
