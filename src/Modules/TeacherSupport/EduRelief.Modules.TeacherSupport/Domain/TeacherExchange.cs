namespace EduRelief.Modules.TeacherSupport.Domain;

/// <summary>A teacher sent from one school of a pair to the other for a while (交流轮岗).</summary>
internal sealed class TeacherExchange
{
    public long Id { get; init; }

    public Guid PairingId { get; init; }

    public Guid TeacherId { get; init; }

    public required string NationalId { get; init; }

    public required string Name { get; init; }

    public required string FromSchoolCode { get; init; }

    public required string ToSchoolCode { get; init; }

    public DateOnly StartsOn { get; init; }

    public DateOnly EndsOn { get; init; }
}
