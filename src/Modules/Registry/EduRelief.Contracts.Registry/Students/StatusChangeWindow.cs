namespace EduRelief.Contracts.Registry;

/// <summary>A change of status into <see cref="To"/> effective within <see cref="During"/>, of a student born within <see cref="BornBetween"/>.</summary>
public sealed record StatusChangeWindow
{
    public required StudentStatus To { get; init; }

    public required DateRange During { get; init; }

    public required DateRange BornBetween { get; init; }
}
