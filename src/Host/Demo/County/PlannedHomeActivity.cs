namespace EduRelief.Host.Demo.County;

/// <summary>A care activity of a left-behind children home: a family call, counselling, a group activity.</summary>
internal sealed record PlannedHomeActivity(DateOnly On, string Kind, string Title, IReadOnlyList<string> Participants);
