namespace EduRelief.Modules.SpecialNeeds.Domain;

/// <summary>A left-behind student attached to a home; the national ID and name copied from the Registry when attached.</summary>
internal sealed class HomeChild
{
    public long Id { get; init; }

    public Guid HomeId { get; init; }

    public Guid StudentId { get; init; }

    public required string NationalId { get; init; }

    public required string Name { get; init; }

    public required string SchoolCode { get; init; }

    public DateOnly AttachedOn { get; init; }
}
