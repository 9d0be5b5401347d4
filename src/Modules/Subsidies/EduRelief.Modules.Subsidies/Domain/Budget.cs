using EduRelief.Contracts.Subsidies;

namespace EduRelief.Modules.Subsidies.Domain;

/// <summary>The money a programme may approve in a calendar year.</summary>
internal sealed class Budget
{
    public ProgrammeCode Programme { get; init; }

    public int Year { get; init; }

    public decimal Amount { get; set; }
}
