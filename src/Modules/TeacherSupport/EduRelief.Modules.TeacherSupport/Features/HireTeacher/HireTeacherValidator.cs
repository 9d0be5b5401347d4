using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.TeacherSupport.Features.HireTeacher;

internal sealed class HireTeacherValidator : IValidator<HireTeacherCommand>
{
    public void Validate(HireTeacherCommand request, ValidationErrors errors)
    {
        errors.NationalIdOf("nationalId", request.NationalId);
        errors.Name("name", request.Name, 100);
        errors.Code("schoolCode", request.SchoolCode);
        errors.Name("subject", request.Subject, 50);
        errors.MaxLength("title", request.Title?.Trim(), 50);
        errors.Date("hiredOn", request.HiredOn);
        errors.Enum<Staffing>("staffing", request.Staffing, required: false);
    }
}
