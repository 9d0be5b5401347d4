using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.DropoutControl.Features.GetPlan;

/// <summary>A case's return plan (一人一策): its measures in the order planned.</summary>
internal sealed record GetPlanQuery(Guid CaseId) : IQuery<PlanResponse>;
