using EduRelief.Contracts.Registry;

namespace EduRelief.Modules.Registry.Domain;

/// <summary>学校 — with its stage (学段), location class and number of classrooms.</summary>
internal sealed class School
{
    public Guid Id { get; init; }

    public required string Code { get; init; }

    public required string Name { get; set; }

    public Guid TownshipId { get; init; }

    public Township? Township { get; init; }

    public Stage Stage { get; set; }

    public SchoolLocation Location { get; set; }

    public int Classrooms { get; set; }
}
