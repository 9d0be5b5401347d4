namespace EduRelief.Modules.SchoolConstruction.Features.RefreshFacilities;

/// <summary>The seats one school's completed projects added.</summary>
internal sealed class SeatCount
{
    public required string School { get; init; }

    public int Seats { get; init; }
}
