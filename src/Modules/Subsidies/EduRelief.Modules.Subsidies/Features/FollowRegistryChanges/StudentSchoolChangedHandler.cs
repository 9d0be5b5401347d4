using EduRelief.BuildingBlocks.Inbox;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.Subsidies.Data;

namespace EduRelief.Modules.Subsidies.Features.FollowRegistryChanges;

internal sealed class StudentSchoolChangedHandler(SubsidiesDbContext db, TimeProvider time)
    : IdempotentEventHandler<StudentSchoolChangedIntegrationEvent, SubsidiesDbContext>(db, time)
{
    protected override Task HandleOnceAsync(StudentSchoolChangedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        DraftLineReview.MarkAsync(Db, integrationEvent.StudentId, $"registry: moved to school {integrationEvent.ToSchoolCode} from {integrationEvent.EffectiveOn:yyyy-MM-dd}", cancellationToken);
}
