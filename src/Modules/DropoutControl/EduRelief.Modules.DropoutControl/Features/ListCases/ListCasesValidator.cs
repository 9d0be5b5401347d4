using EduRelief.Modules.DropoutControl.Domain;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.DropoutControl.Features.ListCases;

internal sealed class ListCasesValidator : IValidator<ListCasesQuery>
{
    public void Validate(ListCasesQuery request, ValidationErrors errors)
    {
        PageRequest.Validate(request.Page, request.PageSize, errors);
        errors.Enum<CaseStage>("status", request.Status, required: false);
        errors.MaxLength("townshipCode", request.TownshipCode, 32);
        errors.MaxLength("schoolCode", request.SchoolCode, 32);
        errors.MaxLength("nationalId", request.NationalId, 18);
    }
}
