namespace EduRelief.SharedKernel.Periods;

/// <summary>
/// A command that writes records dated on the days it names (an award's term, a spending's day, an attendance, a case's
/// step…): refused with a 409 naming the field when the year of any of them is locked as reported (ADR 30).
/// </summary>
public interface IDatedCommand
{
    IEnumerable<DatedField> DatedFields { get; }
}
