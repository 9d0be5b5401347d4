using EduRelief.Contracts.DropoutControl;
using EduRelief.Modules.DropoutControl.Data;
using EduRelief.Modules.DropoutControl.Domain;
using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Primitives;
using EduRelief.SharedKernel.Time;
using EduRelief.SharedKernel.Validation;
using MediatR;

namespace EduRelief.Modules.DropoutControl.Features.PlanMeasure;

/// <summary>
/// Adds the measure by the rules on <see cref="DropoutCase"/>; a referral's <see cref="ReturnMeasureReferredIntegrationEvent"/>
/// goes into the outbox with the measure and its student-file step, so a refused measure refers nothing.
/// </summary>
internal sealed class PlanMeasureHandler(DropoutControlDbContext db, ICallerContext caller, CountyClock county, TimeProvider time)
    : IRequestHandler<PlanMeasureCommand, MeasureResponse>
{
    public async Task<MeasureResponse> Handle(PlanMeasureCommand request, CancellationToken cancellationToken)
    {
        var kase = await db.RequirePlannedCaseAsync(request.CaseId, caller, cancellationToken);
        var today = county.Today;
        var now = time.GetUtcNow();
        var draft = new MeasureDraft(
            EnumCodes.Parse<MeasureKind>(request.Kind!),
            DropoutControlInput.Blank(request.AidReview) is { } review ? EnumCodes.Parse<AidReview>(review) : null,
            request.Description!.Trim(),
            request.Responsible!.Trim(),
            request.PlannedOn ?? today,
            request.DueOn!.Value);
        var measure = kase.PlanMeasure(TimeOrderedId.Next(now), draft, today);
        object[] referral = measure.IsReferral ? [Referred(kase, measure, now)] : [];
        await db.SaveCaseAsync(kase, now, cancellationToken, referral);
        return MeasureResponse.Of(measure, today);
    }

    private static ReturnMeasureReferredIntegrationEvent Referred(DropoutCase kase, ReturnMeasure measure, DateTimeOffset now) => new()
    {
        EventId = Guid.NewGuid(),
        OccurredAt = now,
        MeasureId = measure.Id,
        CaseId = kase.Id,
        StudentId = kase.StudentId,
        NationalId = kase.NationalId,
        StudentName = kase.StudentName,
        TownshipCode = kase.TownshipCode,
        SchoolCode = kase.SchoolCode,
        Kind = measure.Kind.ToString(),
        AidReview = measure.AidReview?.ToString(),
        Reasons = kase.Reasons.Select(r => r.ToString()).ToList(),
        Description = measure.Description,
        Responsible = measure.Responsible,
        PlannedOn = measure.PlannedOn,
        DueOn = measure.DueOn,
    };
}
