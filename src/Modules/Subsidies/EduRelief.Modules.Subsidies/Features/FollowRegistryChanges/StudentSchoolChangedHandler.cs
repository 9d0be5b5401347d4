using EduRelief.BuildingBlocks.Inbox;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.Subsidies.Data;
using EduRelief.Modules.Subsidies.Features.Shared;

namespace EduRelief.Modules.Subsidies.Features.FollowRegistryChanges;

internal sealed class StudentSchoolChangedHandler(SubsidiesDbContext db, TimeProvider time)
    : IdempotentEventHandler<StudentSchoolChangedIntegrationEvent, SubsidiesDbContext>(db, time)
{
    protected override Task HandleOnceAsync(StudentSchoolChangedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        DraftLineReview.MarkAsync(Db, integrationEvent.StudentId, StoredText.MovedToSchool(integrationEvent.ToSchoolCode, integrationEvent.EffectiveOn), cancellationToken);
}
