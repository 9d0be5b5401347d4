using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.DropoutControl.Domain;

/// <summary>The case's individual return plan (一人一策): its measures and their completion, each a step for the student file.</summary>
internal sealed partial class DropoutCase
{
    private readonly List<ReturnMeasure> _measures = [];

    /// <summary>The measures loaded with the case (a plan change loads them all).</summary>
    public IReadOnlyList<ReturnMeasure> Measures => _measures;

    /// <summary>
    /// A measure on an open case, planned from detection to today and due no earlier than planned; an aid referral says
    /// what Subsidies is to review, no other kind does.
    /// </summary>
    public ReturnMeasure PlanMeasure(Guid id, MeasureDraft draft, DateOnly today)
    {
        EnsureOpen();
        CheckDay("plannedOn", draft.PlannedOn, today);
        var errors = new ValidationErrors();
        if (draft.DueOn < DetectedOn)
        {
            errors.Add("dueOn", DropoutControlText.BeforeDetection(DetectedOn));
        }
        else if (draft.DueOn < draft.PlannedOn)
        {
            errors.Add("dueOn", PlanText.DueBeforePlanned(draft.PlannedOn));
        }

        if (draft.Kind == MeasureKind.AidReferral && draft.AidReview is null)
        {
            errors.Add("aidReview", PlanText.AidReviewNeeded());
        }
        else if (draft.Kind != MeasureKind.AidReferral && draft.AidReview is not null)
        {
            errors.Add("aidReview", PlanText.AidReviewOnlyForAid());
        }

        errors.ThrowIfAny();
        var measure = new ReturnMeasure
        {
            Id = id, CaseId = Id, Kind = draft.Kind, AidReview = draft.AidReview, Description = draft.Description, Responsible = draft.Responsible,
            PlannedOn = draft.PlannedOn, DueOn = draft.DueOn,
        };
        _measures.Add(measure);
        Step(draft.PlannedOn, "DropoutPlanMeasure", $"一人一策：{PlanText.Kind(draft.Kind)}（负责人 {draft.Responsible}，{PlanText.Day(draft.DueOn)} 前完成）", draft.Description);
        return measure;
    }

    /// <summary>A measure done on a day from its planning to today, by someone, once; the case must still be open.</summary>
    public ReturnMeasure CompleteMeasure(Guid measureId, DateOnly on, string by, string? note, DateOnly today)
    {
        var measure = _measures.FirstOrDefault(m => m.Id == measureId) ?? throw new NotFoundException("ReturnMeasure", measureId.ToString());
        EnsureOpen();
        if (measure.DoneOn is { } doneOn)
        {
            throw new ConflictException("on", PlanText.AlreadyDone(doneOn));
        }

        if (on < measure.PlannedOn)
        {
            throw ValidationFailedException.For("on", PlanText.DoneBeforePlanned(measure.PlannedOn));
        }

        CheckDay("on", on, today);
        measure.Complete(on, by, note);
        Step(on, "DropoutPlanMeasureDone", $"一人一策完成：{PlanText.Kind(measure.Kind)}（{by}）", note);
        return measure;
    }
}
