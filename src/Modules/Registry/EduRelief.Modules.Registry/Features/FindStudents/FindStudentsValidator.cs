using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Registry.Features.FindStudents;

internal sealed class FindStudentsValidator : IValidator<FindStudentsQuery>
{
    public void Validate(FindStudentsQuery request, ValidationErrors errors) =>
        PageRequest.Validate(request.Page, request.PageSize, errors);
}
