using EduRelief.Modules.TeacherSupport.Data;
using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Primitives;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.TeacherSupport.Features.Shared;

/// <summary>Aggregates loaded whole, or a 404 (also when outside the caller's scope).</summary>
internal static class TeacherQueries
{
    public static async Task<Teacher> FindTeacherAsync(this TeacherSupportDbContext db, Guid id, DataScope scope, CancellationToken cancellationToken, bool tracked = true)
    {
        var teachers = tracked ? db.Teachers : db.Teachers.AsNoTracking();
        var teacher = await teachers.Include(t => t.Postings).FirstOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new NotFoundException("Teacher", id.ToString());
        return teacher.EnsureInScope(scope, "Teacher", id.ToString());
    }

    /// <summary>The teacher with this national ID; unknown is a 400 naming <paramref name="field"/>, outside the caller's scope a 404.</summary>
    public static async Task<Teacher> RequireTeacherAsync(this TeacherSupportDbContext db, string field, string nationalId, DataScope scope, CancellationToken cancellationToken)
    {
        var id = nationalId.Trim().ToUpperInvariant();
        var teacher = await db.Teachers.Include(t => t.Postings).FirstOrDefaultAsync(t => t.NationalId == id, cancellationToken)
            ?? throw ValidationFailedException.For(field, TeacherText.NoTeacher(NationalId.Mask(id)));
        return teacher.EnsureInScope(scope, "Teacher", NationalId.Mask(id));
    }

    public static async Task<RecruitmentCampaign> FindCampaignAsync(this TeacherSupportDbContext db, string code, CancellationToken cancellationToken) =>
        await db.Campaigns.Include(c => c.Posts).Include(c => c.Hires).AsSplitQuery().FirstOrDefaultAsync(c => c.Code == code, cancellationToken)
            ?? throw new NotFoundException("Campaign", code);

    public static async Task<Course> FindCourseAsync(this TeacherSupportDbContext db, string code, CancellationToken cancellationToken) =>
        await db.Courses.FirstOrDefaultAsync(c => c.Code == code, cancellationToken) ?? throw new NotFoundException("Course", code);

    public static async Task<Pairing> FindPairingAsync(this TeacherSupportDbContext db, Guid id, DataScope scope, CancellationToken cancellationToken) =>
        (await db.Pairings.FirstOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw new NotFoundException("Pairing", id.ToString())).EnsureInScope(scope);
}
