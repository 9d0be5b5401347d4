using EduRelief.BuildingBlocks.Inbox;
using EduRelief.Contracts.DropoutControl;
using EduRelief.Modules.Subsidies.Data;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.AidReferrals;

/// <summary>
/// Records an aid referral from a dropout case's return plan for the relief office; other kinds of measure are not
/// Subsidies' to act on. Through the inbox, and once per measure, so a redelivered or re-sent event adds nothing.
/// </summary>
internal sealed class ReturnMeasureReferredHandler(SubsidiesDbContext db, TimeProvider time)
    : IdempotentEventHandler<ReturnMeasureReferredIntegrationEvent, SubsidiesDbContext>(db, time)
{
    protected override async Task HandleOnceAsync(ReturnMeasureReferredIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (integrationEvent.Kind != "AidReferral" || await Db.Set<AidReferral>().AnyAsync(r => r.MeasureId == integrationEvent.MeasureId, cancellationToken))
        {
            return;
        }

        Db.Set<AidReferral>().Add(new AidReferral
        {
            MeasureId = integrationEvent.MeasureId,
            CaseId = integrationEvent.CaseId,
            StudentId = integrationEvent.StudentId,
            NationalId = integrationEvent.NationalId,
            StudentName = integrationEvent.StudentName,
            TownshipCode = integrationEvent.TownshipCode,
            SchoolCode = integrationEvent.SchoolCode,
            Review = integrationEvent.AidReview ?? "EligibilityCheck",
            Reasons = string.Join(',', integrationEvent.Reasons),
            Description = integrationEvent.Description,
            Responsible = integrationEvent.Responsible,
            DueOn = integrationEvent.DueOn,
            ReferredAt = integrationEvent.OccurredAt,
        });
    }
}
