using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.Registry;

/// <summary>
/// A student persuaded back to school (劝返复学): Enrolled again at <see cref="SchoolCode"/> from <see cref="EffectiveOn"/>,
/// both changes kept in the student's history with <see cref="Source"/>. Idempotent: a student already Enrolled at that
/// school records nothing. Send it through your module's outbox so it is never lost.
/// </summary>
public sealed record ReturnStudentToSchoolCommand : ICommand<StudentDto>
{
    public required Guid StudentId { get; init; }

    public required string SchoolCode { get; init; }

    public required DateOnly EffectiveOn { get; init; }

    /// <summary>Which module and record asked, as <c>DropoutControl:case:{id}</c>.</summary>
    public required string Source { get; init; }
}
