namespace EduRelief.Host.Demo.County;

/// <summary>A project's step forward; <see cref="ActualSeats"/> only on Completed.</summary>
internal sealed record PlannedMove(string Status, DateOnly On, int? ActualSeats = null);
