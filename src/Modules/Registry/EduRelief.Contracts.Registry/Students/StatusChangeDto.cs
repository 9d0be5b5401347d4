namespace EduRelief.Contracts.Registry;

/// <summary>One change of a student's status, effective on <see cref="EffectiveOn"/>.</summary>
public sealed record StatusChangeDto
{
    public required DateOnly EffectiveOn { get; init; }

    public required StudentStatus From { get; init; }

    public required StudentStatus To { get; init; }
}
