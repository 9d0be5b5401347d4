namespace EduRelief.Contracts.SpecialNeeds;

/// <summary>The figures of <see cref="SpecialNeedsFiguresDto"/> whose records <see cref="GetSpecialNeedsFigureRecordsQuery"/> lists.</summary>
public enum SpecialNeedsFigure
{
    Homes,
    EnrolmentRate,
}
