using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.TeacherSupport.Features.MoveTeacher;

internal sealed class MoveTeacherValidator : IValidator<MoveTeacherCommand>
{
    public void Validate(MoveTeacherCommand request, ValidationErrors errors)
    {
        errors.Code("schoolCode", request.SchoolCode);
        errors.Date("on", request.On);
    }
}
