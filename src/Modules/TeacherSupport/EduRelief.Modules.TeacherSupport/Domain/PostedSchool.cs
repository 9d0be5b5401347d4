using EduRelief.Contracts.Registry;

namespace EduRelief.Modules.TeacherSupport.Domain;

/// <summary>A school as the Registry gives it, as far as this module keeps it.</summary>
internal sealed record PostedSchool(string Code, string TownshipCode, SchoolLocation Location)
{
    public static PostedSchool Of(SchoolDto school) => new(school.Code, school.TownshipCode, school.Location);
}
