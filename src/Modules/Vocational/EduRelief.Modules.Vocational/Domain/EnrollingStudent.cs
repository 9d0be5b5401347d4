namespace EduRelief.Modules.Vocational.Domain;

/// <summary>The student as the Registry has them at enrolment.</summary>
internal sealed record EnrollingStudent(Guid StudentId, string NationalId, string Name, bool PoorHousehold);
