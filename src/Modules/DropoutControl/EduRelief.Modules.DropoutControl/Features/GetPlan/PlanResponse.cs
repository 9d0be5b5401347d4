using EduRelief.Modules.DropoutControl.Features.Shared;

namespace EduRelief.Modules.DropoutControl.Features.GetPlan;

/// <summary>The plan of one case: how many measures are open, how many past their due date, and each measure.</summary>
internal sealed record PlanResponse(Guid CaseId, int Open, int Overdue, IReadOnlyList<MeasureResponse> Measures);
