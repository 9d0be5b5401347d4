using EduRelief.Contracts.Registry;

namespace EduRelief.Modules.TeacherSupport.Domain;

/// <summary>Rural (农村) and remote (偏远) schools: where rural service is counted, the allowance paid and the rural plan filled.</summary>
internal static class RuralLocations
{
    public static bool IsRural(this SchoolLocation location) => location is SchoolLocation.Rural or SchoolLocation.Remote;
}
