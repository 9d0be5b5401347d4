namespace EduRelief.Modules.TeacherSupport.Domain;

/// <summary>An exchange or teaching-research event of a pair, on a day, with how many took part.</summary>
internal sealed class PairingActivity
{
    public long Id { get; init; }

    public Guid PairingId { get; init; }

    public DateOnly On { get; init; }

    public PairingActivityKind Kind { get; init; }

    public required string Title { get; init; }

    public int Participants { get; init; }
}
