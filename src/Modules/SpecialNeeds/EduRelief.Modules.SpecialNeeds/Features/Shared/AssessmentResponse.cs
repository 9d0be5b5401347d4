using EduRelief.Contracts.Registry;
using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Modules.SpecialNeeds.Features.Shared;

/// <summary>An assessment: in full for those who may read assessments (<see cref="AssessmentPrivacy"/>), for anyone else only that it exists.</summary>
internal sealed record AssessmentResponse(
    Guid Id, Guid ChildId, bool Private, DateOnly? AssessedOn, DisabilityCategory? Category, int? Grade, string? Body, PlacementMode? Recommendation)
{
    public static AssessmentResponse Of(Assessment a, ICallerContext caller) => caller.MayReadAssessments()
        ? new(a.Id, a.ChildId, false, a.AssessedOn, a.Category, a.Grade, a.Body, a.Recommendation)
        : new(a.Id, a.ChildId, true, null, null, null, null, null);
}
