using EduRelief.Modules.TeacherSupport.Data;
using EduRelief.Modules.TeacherSupport.Features.ListTeachers;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;

namespace EduRelief.Modules.TeacherSupport.Features.GetTeacher;

internal sealed class GetTeacherHandler(TeacherSupportDbContext db, ICallerContext caller, CountyClock county) : IRequestHandler<GetTeacherQuery, TeacherResponse>
{
    public async Task<TeacherResponse> Handle(GetTeacherQuery request, CancellationToken cancellationToken) =>
        TeacherResponse.Of(await db.FindTeacherAsync(request.Id, caller.Scope, cancellationToken, tracked: false), county.Today, caller);
}
