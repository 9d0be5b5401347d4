using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.TeacherSupport.Features.ListTeachers;

internal sealed class ListTeachersValidator : IValidator<ListTeachersQuery>
{
    public void Validate(ListTeachersQuery request, ValidationErrors errors)
    {
        PageRequest.Validate(request.Page, request.PageSize, errors);
        errors.Range("ruralYearsAtLeast", request.RuralYearsAtLeast, 0, 60);
        errors.MaxLength("name", request.Name, 100);
    }
}
