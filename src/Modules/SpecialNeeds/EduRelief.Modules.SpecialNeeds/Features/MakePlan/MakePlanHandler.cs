using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.SpecialNeeds.Data;
using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Primitives;
using EduRelief.SharedKernel.Time;
using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SpecialNeeds.Features.MakePlan;

/// <summary>
/// Makes the plan by the rules on <see cref="PlacementPlan"/>; when the child is a registered student — anywhere in the
/// county, whatever the caller's scope (<see cref="MatchStudentsQuery"/>) — the placement is appended to the student
/// file through the outbox, in the plan's transaction, once per plan. Every plan is announced
/// by a <see cref="Contracts.SpecialNeeds.ChildPlacedIntegrationEvent"/> in the same transaction.
/// </summary>
internal sealed class MakePlanHandler(SpecialNeedsDbContext db, IMediator mediator, ICallerContext caller, CountyClock county, TimeProvider time)
    : IRequestHandler<MakePlanCommand, PlanResponse>
{
    public async Task<PlanResponse> Handle(MakePlanCommand request, CancellationToken cancellationToken)
    {
        var child = await db.RequireChildAsync("nationalId", request.NationalId!, caller, cancellationToken);
        var mode = EnumCodes.Parse<PlacementMode>(request.Mode!);
        var school = SpecialNeedsInput.Blank(request.SchoolCode) is { } code ? await mediator.RequireSchoolAsync("schoolCode", code, cancellationToken) : null;
        var draft = new PlanDraft(mode, request.Teacher!.Trim(), request.Goals!.Trim(), request.StartsOn!.Value, request.ReviewOn!.Value, request.GuardianConsentOn, request.ReplacesPlanId);
        if (draft.ReplacesPlanId is { } replaces && !await db.Plans.AnyAsync(p => p.Id == replaces && p.ChildId == child.Id, cancellationToken))
        {
            throw ValidationFailedException.For("replacesPlanId", SpecialNeedsText.PlanOfAnotherChild(replaces));
        }

        var current = await db.Plans.FirstOrDefaultAsync(p => p.CurrentChildId == child.Id, cancellationToken);
        var assessment = await db.Assessments.Where(a => a.ChildId == child.Id && a.AssessedOn <= draft.StartsOn)
            .OrderByDescending(a => a.AssessedOn).FirstOrDefaultAsync(cancellationToken);
        var now = time.GetUtcNow();
        var plan = PlacementPlan.Make(TimeOrderedId.Next(now), child, draft, school, assessment, current, county.Today);
        child.SchoolCode = plan.SchoolCode ?? child.SchoolCode;
        db.Plans.Add(plan);
        var matched = await mediator.Send(new MatchStudentsQuery { NationalIds = [child.NationalId] }, cancellationToken);
        var student = matched.Count > 0 ? matched[0] : null;
        if (student is not null)
        {
            db.AddToOutbox(StudentFileEntries.Placed(plan, student.Id), now);
        }

        db.AddToOutbox(PlacementEvents.Placed(plan, student?.Id, now), now);

        await SaveAsync(child, cancellationToken);
        return PlanResponse.Of(plan, child, caller);
    }

    /// <summary>The replaced plan ends and the new one starts together; a plan stored meanwhile for the same child is a 409.</summary>
    private async Task SaveAsync(DisabledChild child, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is DbUpdateConcurrencyException || (ex is DbUpdateException update && UniqueViolation.Caused(update)))
        {
            db.ChangeTracker.Clear();
            var current = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.CurrentChildId == child.Id, cancellationToken);
            throw new ConflictException("replacesPlanId", SpecialNeedsText.HasCurrentPlan(current?.Id ?? Guid.Empty));
        }
    }
}
