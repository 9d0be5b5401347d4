namespace EduRelief.Contracts.Registry;

/// <summary>The student's guardian (监护人); the national ID and phone are masked for callers who may not see them.</summary>
public sealed record GuardianDto
{
    public required string Name { get; init; }

    /// <summary>与学生关系, as the roster gives it: 父亲, 母亲, 祖父母, 其他监护人 ….</summary>
    public string? Relation { get; init; }

    public string? NationalId { get; init; }

    public string? Phone { get; init; }
}
