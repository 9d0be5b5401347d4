namespace EduRelief.Contracts.DropoutControl;

/// <summary>The figures of <see cref="DropoutFiguresDto"/> whose records <see cref="GetDropoutFigureRecordsQuery"/> lists.</summary>
public enum DropoutFigure
{
    PersuadedReturns,
    OpenConfirmed,
    ConsolidationRate,
}
