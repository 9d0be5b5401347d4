namespace EduRelief.Modules.Reporting.Domain;

/// <summary>What a figure counts; its code in the summary is the camel-case name (<c>personTimes</c>).</summary>
internal enum FigureUnit
{
    Persons,
    PersonTimes,
    Yuan,
    Schools,
    Seats,
    SquareMetres,
    Classrooms,
    Activities,
    Homes,
    Copies,
    Fraction,
}
