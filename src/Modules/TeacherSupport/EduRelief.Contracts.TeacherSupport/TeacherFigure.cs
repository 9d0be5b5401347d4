namespace EduRelief.Contracts.TeacherSupport;

/// <summary>The figures of <see cref="TeacherFiguresDto"/> whose records <see cref="GetTeacherFigureRecordsQuery"/> lists.</summary>
public enum TeacherFigure
{
    TeachersRecruited,
    RuralTeachersRecruited,
    TrainingPersonTimes,
    PairingActivities,
}
