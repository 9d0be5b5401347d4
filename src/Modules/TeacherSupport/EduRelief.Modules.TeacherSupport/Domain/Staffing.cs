namespace EduRelief.Modules.TeacherSupport.Domain;

/// <summary>在编 (established post) or 合同 (contract).</summary>
internal enum Staffing
{
    Established,
    Contract,
}
