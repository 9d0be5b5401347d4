namespace EduRelief.Modules.DropoutControl.Domain;

/// <summary>
/// The two lines, four levels (双线四级): government — county, township, village; education — the bureau, the school,
/// the class teacher. Every case names one person in each role.
/// </summary>
internal enum OwnerRole
{
    County,
    Township,
    Village,
    Bureau,
    School,
    ClassTeacher,
}
