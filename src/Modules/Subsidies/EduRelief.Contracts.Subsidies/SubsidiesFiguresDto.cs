namespace EduRelief.Contracts.Subsidies;

/// <summary>
/// A year's figures: aid disbursed is the sum of the awards of the year's terms the bank confirmed paid, person-times
/// their count (one per student, programme and term); living-subsidy coverage is Subsidies' coverage of the year
/// (paid ÷ eligible compulsory poor students); outreach counts the activities dated in the year and the materials
/// they handed out. Behind each: <c>/payments?year=&amp;status=Paid</c>, <c>/coverage</c>, <c>/outreach?year=</c>.
/// </summary>
public sealed record SubsidiesFiguresDto
{
    public required int Year { get; init; }

    public required decimal AidDisbursed { get; init; }

    public required int AidPersonTimes { get; init; }

    /// <summary>Every programme, zero included, in the catalogue's order.</summary>
    public required IReadOnlyList<ProgrammeAidDto> ByProgramme { get; init; }

    public required decimal LivingSubsidyCoverage { get; init; }

    public required int LivingSubsidyEligible { get; init; }

    public required int LivingSubsidyPaid { get; init; }

    public required int RainDewPersonTimes { get; init; }

    public required int OutreachActivities { get; init; }

    public required int OutreachMaterials { get; init; }
}
