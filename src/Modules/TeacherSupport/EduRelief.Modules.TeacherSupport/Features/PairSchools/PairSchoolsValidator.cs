using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.TeacherSupport.Features.PairSchools;

internal sealed class PairSchoolsValidator : IValidator<PairSchoolsCommand>
{
    public void Validate(PairSchoolsCommand request, ValidationErrors errors)
    {
        errors.Code("urbanSchoolCode", request.UrbanSchoolCode);
        errors.Code("ruralSchoolCode", request.RuralSchoolCode);
        errors.Date("since", request.Since);
    }
}
