namespace EduRelief.Modules.TeacherSupport.Domain;

/// <summary>A month's roll is recomputed while <see cref="Computed"/>; once <see cref="Approved"/> it is fixed and counts as paid.</summary>
internal enum AllowanceRollStatus
{
    Computed,
    Approved,
}
