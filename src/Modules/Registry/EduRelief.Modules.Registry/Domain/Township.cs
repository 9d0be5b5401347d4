namespace EduRelief.Modules.Registry.Domain;

/// <summary>乡镇 — a township; its code is the natural key clients use.</summary>
internal sealed class Township
{
    public Guid Id { get; init; }

    public required string Code { get; init; }

    public required string Name { get; set; }
}
