using EduRelief.Modules.Vocational.Domain;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Vocational.Features.ListEnrolments;

internal sealed class ListEnrolmentsValidator : IValidator<ListEnrolmentsQuery>
{
    public void Validate(ListEnrolmentsQuery request, ValidationErrors errors)
    {
        PageRequest.Validate(request.Page, request.PageSize, errors);
        errors.MaxLength("nationalId", request.NationalId, 18);
        errors.Year("enrolledIn", request.EnrolledIn, required: false);
        errors.Year("graduatedIn", request.GraduatedIn, required: false);
        errors.Enum<GraduateOutcome>("outcome", request.Outcome, required: false);
    }
}
