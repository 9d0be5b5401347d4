namespace EduRelief.Modules.TeacherSupport.Domain;

/// <summary>Why a teacher left the county's service: 退休, 辞职, 调出本县, 其他.</summary>
internal enum LeavingReason
{
    Retired,
    Resigned,
    TransferredOut,
    Other,
}
