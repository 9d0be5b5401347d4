namespace EduRelief.Modules.SpecialNeeds.Domain;

/// <summary>A counsellor (辅导员) of a left-behind children home.</summary>
internal sealed class HomeCounsellor
{
    public long Id { get; init; }

    public Guid HomeId { get; init; }

    public required string Name { get; init; }
}
