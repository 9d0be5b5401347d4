namespace EduRelief.Contracts.Registry;

/// <summary>One move of a student from one school to another, effective on <see cref="EffectiveOn"/>.</summary>
public sealed record SchoolChangeDto(Guid StudentId, DateOnly EffectiveOn, string? FromSchoolCode, string? ToSchoolCode);
