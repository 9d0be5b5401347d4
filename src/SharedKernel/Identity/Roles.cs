namespace EduRelief.SharedKernel.Identity;

/// <summary>The roles of the bureau's people (DOMAIN.md, users).</summary>
public static class Roles
{
    /// <summary>County IT: users, modules, jobs. Sees no student data.</summary>
    public const string Admin = "Admin";

    /// <summary>The relief office (扶贫办/资助中心): reads and changes all data.</summary>
    public const string CountyOfficer = "CountyOfficer";

    /// <summary>A module team: changes its module's data (claim <see cref="EduReliefClaims.Module"/>), reads all.</summary>
    public const string ModuleStaff = "ModuleStaff";

    /// <summary>A township education office (乡镇中心校): its townships only (claim <see cref="EduReliefClaims.Township"/>).</summary>
    public const string TownshipOfficer = "TownshipOfficer";

    /// <summary>School staff: their schools only (claim <see cref="EduReliefClaims.School"/>).</summary>
    public const string SchoolStaff = "SchoolStaff";

    /// <summary>Reads everything including the audit log; changes nothing.</summary>
    public const string Auditor = "Auditor";

    public static readonly IReadOnlyList<string> All = [Admin, CountyOfficer, ModuleStaff, TownshipOfficer, SchoolStaff, Auditor];
}
