using EduRelief.BuildingBlocks.Inbox;
using EduRelief.Contracts.DropoutControl;
using EduRelief.Modules.Vocational.Data;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Vocational.Features.DropoutReferrals;

/// <summary>
/// Records a vocational route from a dropout case's return plan for the vocational school's staff; other kinds of measure
/// are not Vocational's to act on. Through the inbox, and once per measure, so a redelivered or re-sent event adds nothing.
/// </summary>
internal sealed class ReturnMeasureReferredHandler(VocationalDbContext db, TimeProvider time)
    : IdempotentEventHandler<ReturnMeasureReferredIntegrationEvent, VocationalDbContext>(db, time)
{
    protected override async Task HandleOnceAsync(ReturnMeasureReferredIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (integrationEvent.Kind != "VocationalRoute" || await Db.Set<RouteReferral>().AnyAsync(r => r.MeasureId == integrationEvent.MeasureId, cancellationToken))
        {
            return;
        }

        Db.Set<RouteReferral>().Add(new RouteReferral
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
