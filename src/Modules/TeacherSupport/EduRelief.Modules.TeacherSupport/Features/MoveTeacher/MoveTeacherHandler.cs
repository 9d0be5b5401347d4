using EduRelief.Modules.TeacherSupport.Data;
using EduRelief.Modules.TeacherSupport.Features.ListTeachers;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;

namespace EduRelief.Modules.TeacherSupport.Features.MoveTeacher;

/// <summary>The caller must see the teacher's present school and the school moved to.</summary>
internal sealed class MoveTeacherHandler(TeacherSupportDbContext db, IMediator mediator, ICallerContext caller, CountyClock county)
    : IRequestHandler<MoveTeacherCommand, TeacherResponse>
{
    public async Task<TeacherResponse> Handle(MoveTeacherCommand request, CancellationToken cancellationToken)
    {
        var teacher = await db.FindTeacherAsync(request.TeacherId, caller.Scope, cancellationToken);
        var school = await mediator.RequireSchoolAsync("schoolCode", request.SchoolCode!, cancellationToken);
        teacher.MoveTo(school, request.On!.Value, county.Today);
        await db.SaveChangesAsync(cancellationToken);
        return TeacherResponse.Of(teacher, county.Today, caller);
    }
}
