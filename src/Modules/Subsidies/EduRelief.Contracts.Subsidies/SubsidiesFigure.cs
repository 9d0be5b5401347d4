namespace EduRelief.Contracts.Subsidies;

/// <summary>The figures of <see cref="SubsidiesFiguresDto"/> whose records <see cref="GetSubsidiesFigureRecordsQuery"/> lists.</summary>
public enum SubsidiesFigure
{
    AidDisbursed,
    AidPersonTimes,
    LivingSubsidyCoverage,
    RainDewPersonTimes,
    OutreachMaterials,
}
