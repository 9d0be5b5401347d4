using EduRelief.Contracts.SpecialNeeds;
using EduRelief.Modules.SpecialNeeds.Domain;

namespace EduRelief.Modules.SpecialNeeds.Features.MakePlan;

/// <summary>What a plan tells other modules (Reporting's figures among them); sent through the outbox with the plan.</summary>
internal static class PlacementEvents
{
    public static ChildPlacedIntegrationEvent Placed(PlacementPlan plan, Guid? studentId, DateTimeOffset now) => new()
    {
        EventId = Guid.NewGuid(),
        OccurredAt = now,
        PlanId = plan.Id,
        ChildId = plan.ChildId,
        StudentId = studentId,
        TownshipCode = plan.TownshipCode,
        Mode = plan.Mode.ToString(),
        SchoolMode = plan.Mode.IsSchoolMode(),
        SchoolCode = plan.SchoolCode,
        StartsOn = plan.StartsOn,
        ReplacesPlanId = plan.ReplacesPlanId,
    };
}
