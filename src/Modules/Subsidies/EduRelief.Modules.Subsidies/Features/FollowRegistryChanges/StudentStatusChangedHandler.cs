using EduRelief.BuildingBlocks.Inbox;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.Subsidies.Data;
using EduRelief.Modules.Subsidies.Features.Shared;

namespace EduRelief.Modules.Subsidies.Features.FollowRegistryChanges;

internal sealed class StudentStatusChangedHandler(SubsidiesDbContext db, TimeProvider time)
    : IdempotentEventHandler<StudentStatusChangedIntegrationEvent, SubsidiesDbContext>(db, time)
{
    protected override Task HandleOnceAsync(StudentStatusChangedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        DraftLineReview.MarkAsync(Db, integrationEvent.StudentId, StoredText.StatusChanged(integrationEvent.To, integrationEvent.EffectiveOn), cancellationToken);
}
