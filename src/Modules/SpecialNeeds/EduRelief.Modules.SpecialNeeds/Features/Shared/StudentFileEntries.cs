using EduRelief.Contracts.Registry;
using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.Modules.SpecialNeeds.Web.Shared;

namespace EduRelief.Modules.SpecialNeeds.Features.Shared;

/// <summary>What a placement adds to the student's file (一生一档); sent through the outbox, idempotent per plan.</summary>
internal static class StudentFileEntries
{
    public static AppendStudentFileEntryCommand Placed(PlacementPlan plan, Guid studentId) => new()
    {
        StudentId = studentId,
        SourceModule = SpecialNeedsModule.ModuleName,
        SourceReference = $"plan:{plan.Id}",
        Kind = "Placement",
        Title = $"一人一案：{SpecialNeedsLabels.Of(plan.Mode).Chinese}{(plan.SchoolCode is { } school ? " " + school : string.Empty)}",
        OccurredOn = plan.StartsOn,
        Details = plan.ReplacesPlanId is { } replaced ? $"replaces plan {replaced}" : null,
    };
}
