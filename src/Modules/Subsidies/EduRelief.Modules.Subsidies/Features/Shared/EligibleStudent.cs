using EduRelief.Contracts.Registry;
using EduRelief.Contracts.Vocational;

namespace EduRelief.Modules.Subsidies.Features.Shared;

/// <summary>A student a programme's rule selects for a period: who, where, and what the rate's lines match on.</summary>
internal sealed record EligibleStudent(Guid Id, string NationalId, string Name, string SchoolCode, string TownshipCode, Stage Stage, bool Boarding)
{
    public static EligibleStudent Of(StudentDto s) => new(s.Id, s.NationalId, s.Name, s.SchoolCode, s.TownshipCode, s.Stage, s.Boarding);

    /// <summary>A poor-household vocational student as Vocational enrolled them: at the enrolment's school, of its stage.</summary>
    public static EligibleStudent Of(RainDewStudentDto s) => new(s.StudentId, s.NationalId, s.Name, s.SchoolCode, s.TownshipCode, Stage.SecondaryVocational, false);
}
