using EduRelief.BuildingBlocks.Inbox;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.Vocational.Data;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Vocational.Features.FollowRegistryCategories;

/// <summary>
/// Keeps an active enrolment's poor-household flag as the Registry says, with the change kept in its history (dated as the
/// Registry dates it, never before enrolment, recorded at the Registry's change); through the inbox, so an event delivered twice changes it once.
/// </summary>
internal sealed class StudentCategoriesChangedHandler(VocationalDbContext db, TimeProvider time)
    : IdempotentEventHandler<StudentCategoriesChangedIntegrationEvent, VocationalDbContext>(db, time)
{
    protected override async Task HandleOnceAsync(StudentCategoriesChangedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        bool poor;
        if (integrationEvent.Added.Contains(HardshipCategory.RegisteredPoorHousehold))
        {
            poor = true;
        }
        else if (integrationEvent.Removed.Contains(HardshipCategory.RegisteredPoorHousehold))
        {
            poor = false;
        }
        else
        {
            return;
        }

        var enrolment = await Db.Enrolments.FirstOrDefaultAsync(e => e.ActiveStudentId == integrationEvent.StudentId, cancellationToken);
        enrolment?.Follow(poor, integrationEvent.EffectiveOn, $"学籍系统：{integrationEvent.Source}", integrationEvent.OccurredAt);
    }
}
