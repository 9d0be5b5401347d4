namespace EduRelief.Modules.TeacherSupport.Domain;

/// <summary>A record kept for one school: the township is copied from the Registry when it is made, so scope filters in SQL.</summary>
internal interface ISchoolRecord
{
    string SchoolCode { get; }

    string TownshipCode { get; }
}
