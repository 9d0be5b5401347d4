namespace EduRelief.Host.Demo.County;

/// <summary>
/// A disabled child's assessment by the county's expert committee and the placement plan that follows it (一人一案):
/// in a regular class, at the special school, or taught at home by a teacher of the school that keeps the roll.
/// </summary>
internal sealed record PlannedPlacement(
    PlannedStudent Child, DateOnly AssessedOn, string Mode, string Teacher, string Goals, DateOnly StartsOn, DateOnly ReviewOn, DateOnly ConsentOn, IReadOnlyList<DateOnly> Visits);
