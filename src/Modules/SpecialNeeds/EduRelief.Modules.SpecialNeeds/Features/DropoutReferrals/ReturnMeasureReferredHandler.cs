using EduRelief.BuildingBlocks.Inbox;
using EduRelief.Contracts.DropoutControl;
using EduRelief.Modules.SpecialNeeds.Data;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SpecialNeeds.Features.DropoutReferrals;

/// <summary>
/// Records a home-delivered teaching referral from a dropout case's return plan for the special-education staff; other kinds
/// of measure are not SpecialNeeds' to act on. Through the inbox, and once per measure, so a redelivered or re-sent event adds nothing.
/// </summary>
internal sealed class ReturnMeasureReferredHandler(SpecialNeedsDbContext db, TimeProvider time)
    : IdempotentEventHandler<ReturnMeasureReferredIntegrationEvent, SpecialNeedsDbContext>(db, time)
{
    protected override async Task HandleOnceAsync(ReturnMeasureReferredIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (integrationEvent.Kind != "HomeDeliveredTeaching" || await Db.Set<HomeTeachingReferral>().AnyAsync(r => r.MeasureId == integrationEvent.MeasureId, cancellationToken))
        {
            return;
        }

        Db.Set<HomeTeachingReferral>().Add(new HomeTeachingReferral
        {
            MeasureId = integrationEvent.MeasureId,
            CaseId = integrationEvent.CaseId,
            StudentId = integrationEvent.StudentId,
            NationalId = integrationEvent.NationalId,
            StudentName = integrationEvent.StudentName,
            TownshipCode = integrationEvent.TownshipCode,
            SchoolCode = integrationEvent.SchoolCode,
            Reasons = string.Join(',', integrationEvent.Reasons),
            Description = integrationEvent.Description,
            Responsible = integrationEvent.Responsible,
            DueOn = integrationEvent.DueOn,
            ReferredAt = integrationEvent.OccurredAt,
        });
    }
}
