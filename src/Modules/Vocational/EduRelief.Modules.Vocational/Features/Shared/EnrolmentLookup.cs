using EduRelief.Modules.Vocational.Data;
using EduRelief.Modules.Vocational.Domain;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Vocational.Features.Shared;

/// <summary>A student's enrolment named by national ID: none is a 400 naming the field, outside the caller's scope a 404.</summary>
internal static class EnrolmentLookup
{
    /// <summary>The student's active enrolment.</summary>
    public static async Task<Enrolment> ActiveAsync(this VocationalDbContext db, string nationalId, DataScope scope, CancellationToken cancellationToken)
    {
        var enrolment = await db.Enrolments.Where(e => e.NationalId == nationalId && e.ActiveStudentId != null).FirstOrDefaultAsync(cancellationToken)
            ?? throw ValidationFailedException.For("nationalId", VocationalText.NotEnrolled(nationalId));
        return enrolment.EnsureInScope(scope, "Enrolment", enrolment.Id.ToString());
    }

    /// <summary>The student's latest enrolment, active or graduated.</summary>
    public static async Task<Enrolment> LatestAsync(this VocationalDbContext db, string nationalId, DataScope scope, CancellationToken cancellationToken)
    {
        var enrolment = await db.Enrolments.Where(e => e.NationalId == nationalId).OrderByDescending(e => e.EnrolledOn).FirstOrDefaultAsync(cancellationToken)
            ?? throw ValidationFailedException.For("nationalId", VocationalText.NeverEnrolled(nationalId));
        return enrolment.EnsureInScope(scope, "Enrolment", enrolment.Id.ToString());
    }
}
