using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.TeacherSupport.Features.ListPairingActivities;

internal sealed class ListPairingActivitiesValidator : IValidator<ListPairingActivitiesQuery>
{
    public void Validate(ListPairingActivitiesQuery request, ValidationErrors errors)
    {
        PageRequest.Validate(request.Page, request.PageSize, errors);
        errors.Year("year", request.Year, required: false);
    }
}
