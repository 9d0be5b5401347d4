namespace EduRelief.Contracts.Registry;

/// <summary>
/// Identified poor-family students: students who held any hardship category at some time in the year (DOMAIN.md);
/// of them, those at compulsory-stage schools. The students behind each are
/// <c>/students?hardshipYear=</c> and <c>/students?hardshipYear=&amp;compulsory=true</c>.
/// </summary>
public sealed record RegistryFiguresDto
{
    public required int Year { get; init; }

    public required int IdentifiedPoorStudents { get; init; }

    public required int IdentifiedPoorStudentsCompulsory { get; init; }
}
