using EduRelief.Modules.TeacherSupport.Data;
using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.Modules.TeacherSupport.Features.ListTeachers;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Validation;
using EduRelief.SharedKernel.Time;
using MediatR;

namespace EduRelief.Modules.TeacherSupport.Features.RecordDeparture;

internal sealed class RecordDepartureHandler(TeacherSupportDbContext db, ICallerContext caller, CountyClock county)
    : IRequestHandler<RecordDepartureCommand, TeacherResponse>
{
    public async Task<TeacherResponse> Handle(RecordDepartureCommand request, CancellationToken cancellationToken)
    {
        var teacher = await db.FindTeacherAsync(request.TeacherId, caller.Scope, cancellationToken);
        teacher.Leave(request.LastDay!.Value, EnumCodes.Parse<LeavingReason>(request.Reason!), county.Today);
        await db.SaveChangesAsync(cancellationToken);
        return TeacherResponse.Of(teacher, county.Today, caller);
    }
}
