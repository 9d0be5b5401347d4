using EduRelief.Modules.DropoutControl.Domain;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.DropoutControl.Features.ListRisk;

internal sealed class ListRiskValidator : IValidator<ListRiskQuery>
{
    public void Validate(ListRiskQuery request, ValidationErrors errors)
    {
        PageRequest.Validate(request.Page, request.PageSize, errors);
        errors.MaxLength("schoolCode", request.SchoolCode, 32);
        errors.MaxLength("townshipCode", request.TownshipCode, 32);
        errors.Enum<RiskSignal>("signal", request.Signal, required: false);
    }
}
