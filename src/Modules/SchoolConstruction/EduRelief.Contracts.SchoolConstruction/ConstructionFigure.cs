namespace EduRelief.Contracts.SchoolConstruction;

/// <summary>The figures of <see cref="ConstructionFiguresDto"/> whose records <see cref="GetConstructionFigureRecordsQuery"/> lists.</summary>
public enum ConstructionFigure
{
    Investment,
    SchoolsBuiltOrExpanded,
    SeatsAdded,
    DGradeArea,
    MultimediaCoverage,
    OnlineClassrooms,
}
