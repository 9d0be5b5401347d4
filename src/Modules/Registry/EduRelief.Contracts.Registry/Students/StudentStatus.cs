namespace EduRelief.Contracts.Registry;

/// <summary>A student's enrolment status (在读, 休学, 辍学, 转出, 毕业).</summary>
public enum StudentStatus
{
    Enrolled,
    Suspended,
    DroppedOut,
    Transferred,
    Graduated,
}
