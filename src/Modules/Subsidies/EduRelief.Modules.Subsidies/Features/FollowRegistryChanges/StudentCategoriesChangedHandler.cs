using EduRelief.BuildingBlocks.Inbox;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.Subsidies.Data;

namespace EduRelief.Modules.Subsidies.Features.FollowRegistryChanges;

internal sealed class StudentCategoriesChangedHandler(SubsidiesDbContext db, TimeProvider time)
    : IdempotentEventHandler<StudentCategoriesChangedIntegrationEvent, SubsidiesDbContext>(db, time)
{
    protected override Task HandleOnceAsync(StudentCategoriesChangedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        DraftLineReview.MarkAsync(Db, integrationEvent.StudentId, $"registry: categories changed (added {string.Join("|", integrationEvent.Added)}, removed {string.Join("|", integrationEvent.Removed)}) from {integrationEvent.EffectiveOn:yyyy-MM-dd}", cancellationToken);
}
