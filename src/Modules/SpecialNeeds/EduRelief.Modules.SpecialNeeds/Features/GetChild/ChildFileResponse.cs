using EduRelief.Modules.SpecialNeeds.Features.Shared;

namespace EduRelief.Modules.SpecialNeeds.Features.GetChild;

/// <summary>A child on the register with every assessment (private details masked as the caller must see them) and every plan, oldest first.</summary>
internal sealed record ChildFileResponse(ChildResponse Child, IReadOnlyList<AssessmentResponse> Assessments, IReadOnlyList<PlanResponse> Plans);
