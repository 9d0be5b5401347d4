namespace EduRelief.Contracts.Registry;

/// <summary>Days from <see cref="From"/> to <see cref="To"/>, both included.</summary>
public sealed record DateRange
{
    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }
}
