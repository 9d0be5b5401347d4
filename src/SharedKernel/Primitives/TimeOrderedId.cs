namespace EduRelief.SharedKernel.Primitives;

/// <summary>Ids for new rows and messages, in the order they are made: see <see cref="TimeOrderedIdGenerator"/>.</summary>
public static class TimeOrderedId
{
    private static readonly TimeOrderedIdGenerator Shared = new();

    public static Guid Next(DateTimeOffset now) => Shared.Next(now);
}
