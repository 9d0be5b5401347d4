using EduRelief.Modules.SchoolConstruction.Domain;

namespace EduRelief.Modules.SchoolConstruction.Features.RefreshFacilities;

/// <summary>A ledger row whose counts differ from the records, beside the counts the records give now.</summary>
internal sealed class Recount
{
    public required FacilitiesLedgerEntry Entry { get; init; }

    public required SchoolFacilities Facilities { get; init; }
}
