using EduRelief.Modules.DropoutControl.Domain;
using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Modules.DropoutControl.Features.ListRisk;

/// <summary>A student's risk score with the signals behind it; the national ID masked as the Registry masks it, the age in whole years instead of a birth date.</summary>
internal sealed record RiskResponse(
    Guid StudentId, string NationalId, string Name, string TownshipCode, string SchoolCode, int Grade, int? Age, int Score, IReadOnlyList<string> Signals, DateOnly ScoredOn)
{
    public static RiskResponse Of(StudentRisk risk, ICallerContext caller) =>
        new(risk.StudentId, caller.Shown(risk.NationalId), risk.Name, risk.TownshipCode, risk.SchoolCode, risk.Grade, risk.Age, risk.Score,
            risk.Signals.Select(s => s.ToString()).ToList(), risk.ScoredOn);
}
