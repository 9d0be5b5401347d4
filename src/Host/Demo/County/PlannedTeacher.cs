namespace EduRelief.Host.Demo.County;

/// <summary>A teacher in post, or (<see cref="Hired"/>) one the 2025 recruitment brings to a school.</summary>
internal sealed record PlannedTeacher(
    string NationalId, string Name, PlannedSchool School, string Subject, string? Title, DateOnly HiredOn, string Staffing, bool SpecialPost, bool Hired);
