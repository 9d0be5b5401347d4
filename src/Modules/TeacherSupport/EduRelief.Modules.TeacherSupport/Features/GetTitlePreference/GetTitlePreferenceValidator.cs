using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.TeacherSupport.Features.GetTitlePreference;

internal sealed class GetTitlePreferenceValidator : IValidator<GetTitlePreferenceQuery>
{
    public void Validate(GetTitlePreferenceQuery request, ValidationErrors errors)
    {
        PageRequest.Validate(request.Page, request.PageSize, errors);
        errors.Range("minRuralYears", request.MinRuralYears, 1, 60);
    }
}
