namespace EduRelief.Modules.TeacherSupport.Features.Shared;

/// <summary>
/// One database lock for the allowance: a tier change, a roll's computation and its approval take turns, on one Host
/// or many, so a roll is never computed from tiers half-changed nor approved half-computed.
/// </summary>
internal static class AllowanceLock
{
    public const string Name = "teacher-support:allowance";
}
