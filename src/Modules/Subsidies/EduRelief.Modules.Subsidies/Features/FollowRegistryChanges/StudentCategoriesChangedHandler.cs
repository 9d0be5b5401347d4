using EduRelief.BuildingBlocks.Inbox;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.Subsidies.Data;
using EduRelief.Modules.Subsidies.Features.Shared;

namespace EduRelief.Modules.Subsidies.Features.FollowRegistryChanges;

internal sealed class StudentCategoriesChangedHandler(SubsidiesDbContext db, TimeProvider time)
    : IdempotentEventHandler<StudentCategoriesChangedIntegrationEvent, SubsidiesDbContext>(db, time)
{
    protected override Task HandleOnceAsync(StudentCategoriesChangedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        DraftLineReview.MarkAsync(Db, integrationEvent.StudentId, StoredText.CategoriesChanged(integrationEvent.Added, integrationEvent.Removed, integrationEvent.EffectiveOn), cancellationToken);
}
