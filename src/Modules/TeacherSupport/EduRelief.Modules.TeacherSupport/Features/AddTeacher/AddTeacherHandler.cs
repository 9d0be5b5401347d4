using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.Modules.TeacherSupport.Features.ListTeachers;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using EduRelief.SharedKernel.Validation;
using MediatR;

namespace EduRelief.Modules.TeacherSupport.Features.AddTeacher;

internal sealed class AddTeacherHandler(IMediator mediator, ICallerContext caller, TeacherEnrolment enrolment, CountyClock county)
    : IRequestHandler<AddTeacherCommand, TeacherResponse>
{
    public async Task<TeacherResponse> Handle(AddTeacherCommand request, CancellationToken cancellationToken)
    {
        var school = await mediator.RequireSchoolAsync("schoolCode", request.SchoolCode!, cancellationToken);
        var teacher = await enrolment.NewTeacherAsync(
            new TeacherDetails(request.NationalId!, request.Name!, request.Subject!, request.Title, request.HiredOn!.Value, EnumCodes.Parse<Staffing>(request.Staffing!), request.SpecialPost!.Value),
            school,
            cancellationToken);
        await enrolment.SaveAsync(cancellationToken);
        return TeacherResponse.Of(teacher, county.Today, caller);
    }
}
