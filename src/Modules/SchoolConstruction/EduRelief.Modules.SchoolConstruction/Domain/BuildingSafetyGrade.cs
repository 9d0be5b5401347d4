namespace EduRelief.Modules.SchoolConstruction.Domain;

/// <summary>
/// 危房等级 under JGJ 125: A no dangerous members; B a few, the structure safe; C part of the load-bearing structure
/// fails (局部危房, reinforce); D the structure as a whole fails (整幢危房, closed and demolished).
/// </summary>
internal enum BuildingSafetyGrade
{
    A,
    B,
    C,
    D,
}
