using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.TeacherSupport.Data;
using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.Modules.TeacherSupport.Features.ListCourses;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Primitives;
using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.TeacherSupport.Features.AddCourse;

/// <summary>A course is the county's (its attendees come from any school): a county-wide writer adds it.</summary>
internal sealed class AddCourseHandler(TeacherSupportDbContext db, ICallerContext caller, TimeProvider time) : IRequestHandler<AddCourseCommand, CourseResponse>
{
    public async Task<CourseResponse> Handle(AddCourseCommand request, CancellationToken cancellationToken)
    {
        var code = request.Code!.Trim();
        caller.Scope.EnsureCountyWide("Course", code);
        if (await db.Courses.AnyAsync(c => c.Code == code, cancellationToken))
        {
            throw new ConflictException("code", TeacherText.CodeTaken(code));
        }

        var course = Course.Plan(
            TimeOrderedId.Next(time.GetUtcNow()), code, request.Name!.Trim(), EnumCodes.Parse<TrainingKind>(request.Kind!), request.StartsOn!.Value, request.EndsOn!.Value, request.Hours!.Value);
        db.Courses.Add(course);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Caused(ex))
        {
            throw new ConflictException("code", TeacherText.CodeTaken(code));
        }

        return CourseResponse.Of(course, 0);
    }
}
