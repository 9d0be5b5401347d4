using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.TeacherSupport.Data;
using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.TeacherSupport.Features.Shared;

/// <summary>A new teacher, added directly or by a hire: one teacher per national ID (also unique in the database).</summary>
internal sealed class TeacherEnrolment(TeacherSupportDbContext db, TimeProvider time, CountyClock county)
{
    public async Task<Teacher> NewTeacherAsync(TeacherDetails details, PostedSchool school, CancellationToken cancellationToken)
    {
        var nationalId = details.NationalId.Trim().ToUpperInvariant();
        if (await db.Teachers.AnyAsync(t => t.NationalId == nationalId, cancellationToken))
        {
            throw new ConflictException("nationalId", TeacherText.TeacherExists());
        }

        var teacher = Teacher.Hire(
            SharedKernel.Primitives.TimeOrderedId.Next(time.GetUtcNow()), nationalId, details.Name.Trim(), school, details.Subject.Trim(),
            string.IsNullOrWhiteSpace(details.Title) ? null : details.Title.Trim(), details.HiredOn, details.Staffing, details.SpecialPost, county.Today);
        db.Teachers.Add(teacher);
        return teacher;
    }

    /// <summary>Saves; a teacher of the same national ID saved meanwhile is a 409.</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Caused(ex))
        {
            throw new ConflictException("nationalId", TeacherText.TeacherExists());
        }
    }
}
