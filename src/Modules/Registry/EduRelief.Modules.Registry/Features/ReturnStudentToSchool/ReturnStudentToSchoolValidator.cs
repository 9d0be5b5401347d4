using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Registry.Features.ReturnStudentToSchool;

internal sealed class ReturnStudentToSchoolValidator : IValidator<ReturnStudentToSchoolCommand>
{
    public void Validate(ReturnStudentToSchoolCommand request, ValidationErrors errors)
    {
        errors.Required("schoolCode", request.SchoolCode);
        errors.MaxLength("schoolCode", request.SchoolCode, 32);
        errors.Required("source", request.Source);
        errors.MaxLength("source", request.Source, 200);
    }
}
