using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Errors;

namespace EduRelief.Modules.SpecialNeeds.Domain;

/// <summary>The county expert committee's assessment of a child (评估认定) and the placement it recommends; its details are private.</summary>
internal sealed class Assessment : IScopedRecord
{
    public Guid Id { get; init; }

    public Guid ChildId { get; init; }

    public DateOnly AssessedOn { get; init; }

    public DisabilityCategory Category { get; init; }

    public int Grade { get; init; }

    public required string Body { get; init; }

    public PlacementMode Recommendation { get; init; }

    public required string TownshipCode { get; init; }

    public string? SchoolCode { get; init; }

    public static Assessment Of(Guid id, DisabledChild child, DateOnly assessedOn, DisabilityCategory category, int grade, string body, PlacementMode recommendation, DateOnly today)
    {
        if (assessedOn > today)
        {
            throw ValidationFailedException.For("assessedOn", SpecialNeedsText.InTheFuture(assessedOn, today));
        }

        return new Assessment
        {
            Id = id,
            ChildId = child.Id,
            AssessedOn = assessedOn,
            Category = category,
            Grade = grade,
            Body = body,
            Recommendation = recommendation,
            TownshipCode = child.TownshipCode,
            SchoolCode = child.SchoolCode,
        };
    }
}
