using EduRelief.Modules.Vocational.Domain;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Modules.Vocational.Features.Shared;

/// <summary>An adult trainee with the national ID as the caller may see it and the certificate gained, if any.</summary>
internal sealed record TraineeResponse(Guid Id, string CourseCode, string TownshipCode, DateOnly CourseStartsOn, string NationalId, string Name, string? Certificate)
{
    public static TraineeResponse Of(AdultTrainee t, ICallerContext caller) =>
        new(t.Id, t.CourseCode, t.TownshipCode, t.CourseStartsOn, caller.Shown(t.NationalId), t.Name, t.Certificate);
}
