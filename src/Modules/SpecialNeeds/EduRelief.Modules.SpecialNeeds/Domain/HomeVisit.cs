namespace EduRelief.Modules.SpecialNeeds.Domain;

/// <summary>One home-delivered teaching visit (送教上门): the day, the teacher, the hours taught and what was taught.</summary>
internal sealed class HomeVisit : IScopedRecord
{
    public long Id { get; init; }

    public Guid PlanId { get; init; }

    public DateOnly On { get; init; }

    public required string Teacher { get; init; }

    public decimal Hours { get; init; }

    public required string Content { get; init; }

    public required string TownshipCode { get; init; }

    public string? SchoolCode { get; init; }
}
