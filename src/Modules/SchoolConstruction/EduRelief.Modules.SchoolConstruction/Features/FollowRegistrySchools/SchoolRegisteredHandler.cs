using EduRelief.BuildingBlocks.Inbox;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.SchoolConstruction.Data;
using EduRelief.Modules.SchoolConstruction.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SchoolConstruction.Features.FollowRegistrySchools;

/// <summary>A school the Registry adds enters the facilities ledger at once, listed as having no equipment recorded.</summary>
internal sealed class SchoolRegisteredHandler(SchoolConstructionDbContext db, TimeProvider time)
    : IdempotentEventHandler<SchoolRegisteredIntegrationEvent, SchoolConstructionDbContext>(db, time)
{
    protected override async Task HandleOnceAsync(SchoolRegisteredIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var entry = await Db.FacilitiesLedger.FirstOrDefaultAsync(e => e.SchoolCode == integrationEvent.SchoolCode, cancellationToken);
        if (entry is null)
        {
            Db.FacilitiesLedger.Add(FacilitiesLedgerEntry.For(integrationEvent.SchoolCode, integrationEvent.Name, integrationEvent.TownshipCode, integrationEvent.Location, integrationEvent.OccurredAt));
        }
        else
        {
            entry.Follow(integrationEvent.Name, integrationEvent.TownshipCode, integrationEvent.Location);
        }
    }
}
