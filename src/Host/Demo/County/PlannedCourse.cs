namespace EduRelief.Host.Demo.County;

/// <summary>A training course (全员培训, 骨干研修, 送教下乡, 国培) and the teachers who attended it.</summary>
internal sealed record PlannedCourse(string Code, string Name, string Kind, DateOnly StartsOn, DateOnly EndsOn, decimal Hours, IReadOnlyList<string> NationalIds);
