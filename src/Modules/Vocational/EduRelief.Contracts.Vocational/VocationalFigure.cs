namespace EduRelief.Contracts.Vocational;

/// <summary>The figures of <see cref="VocationalFiguresDto"/> whose records <see cref="GetVocationalFigureRecordsQuery"/> lists.</summary>
public enum VocationalFigure
{
    PoorEnrolments,
    EmploymentRate,
}
