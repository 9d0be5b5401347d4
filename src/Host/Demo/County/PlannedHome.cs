namespace EduRelief.Host.Demo.County;

/// <summary>A left-behind children home (留守儿童之家) at a school, its counsellors, its children and the year's activities.</summary>
internal sealed record PlannedHome(
    string Code, string Name, PlannedSchool School, IReadOnlyList<string> Counsellors, DateOnly OpenedOn, IReadOnlyList<string> Children, IReadOnlyList<PlannedHomeActivity> Activities);
