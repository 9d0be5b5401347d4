using EduRelief.Modules.Vocational.Data;
using EduRelief.Modules.Vocational.Domain;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Vocational.Features.Shared;

/// <summary>Specialties, order-based classes and adult courses named by code: a code in the body that names none is a 400 naming the field, one in the route a 404; outside the caller's scope a 404.</summary>
internal static class RecordLookup
{
    public static async Task<Specialty> RequireSpecialtyAsync(this VocationalDbContext db, string field, string code, DataScope scope, CancellationToken cancellationToken)
    {
        var trimmed = code.Trim();
        var specialty = await db.Specialties.FirstOrDefaultAsync(s => s.Code == trimmed, cancellationToken)
            ?? throw Refusals.Invalid(field, VocationalText.NoSpecialty(trimmed));
        return specialty.EnsureInScope(scope, "Specialty", trimmed);
    }

    public static async Task<OrderClass> RequireOrderClassAsync(this VocationalDbContext db, string field, string code, DataScope scope, CancellationToken cancellationToken)
    {
        var trimmed = code.Trim();
        var orderClass = await db.OrderClasses.FirstOrDefaultAsync(c => c.Code == trimmed, cancellationToken)
            ?? throw Refusals.Invalid(field, VocationalText.NoOrderClass(trimmed));
        return orderClass.EnsureInScope(scope, "OrderClass", trimmed);
    }

    public static async Task<OrderClass> OrderClassAsync(this VocationalDbContext db, string code, DataScope scope, CancellationToken cancellationToken)
    {
        var orderClass = await db.OrderClasses.FirstOrDefaultAsync(c => c.Code == code, cancellationToken) ?? throw new NotFoundException("OrderClass", code);
        return orderClass.EnsureInScope(scope, "OrderClass", code);
    }

    public static async Task<AdultCourse> CourseAsync(this VocationalDbContext db, string code, DataScope scope, CancellationToken cancellationToken)
    {
        var course = await db.AdultCourses.FirstOrDefaultAsync(c => c.Code == code, cancellationToken) ?? throw new NotFoundException("AdultCourse", code);
        return course.EnsureInScope(scope);
    }
}
