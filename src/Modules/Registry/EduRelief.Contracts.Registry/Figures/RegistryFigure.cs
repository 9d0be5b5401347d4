namespace EduRelief.Contracts.Registry;

/// <summary>The figures of <see cref="RegistryFiguresDto"/> whose records <see cref="GetRegistryFigureRecordsQuery"/> lists.</summary>
public enum RegistryFigure
{
    IdentifiedPoorStudents,
    IdentifiedPoorStudentsCompulsory,
}
