namespace EduRelief.Contracts.SchoolConstruction;

/// <summary>A rural or remote school with classrooms not yet equipped with multimedia; <c>Recorded</c> is false when no equipment was recorded.</summary>
public sealed record UncoveredClassroomsDto(string SchoolCode, string SchoolName, int Classrooms, int MultimediaClassrooms, int Uncovered, bool Recorded);
