namespace EduRelief.Modules.Vocational.Domain;

/// <summary>A record kept at a school, so that township and school scope apply to it.</summary>
internal interface ISchoolRecord
{
    string SchoolCode { get; }

    string TownshipCode { get; }
}
