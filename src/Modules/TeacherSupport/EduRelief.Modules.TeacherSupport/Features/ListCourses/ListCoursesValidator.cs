using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.TeacherSupport.Features.ListCourses;

internal sealed class ListCoursesValidator : IValidator<ListCoursesQuery>
{
    public void Validate(ListCoursesQuery request, ValidationErrors errors)
    {
        PageRequest.Validate(request.Page, request.PageSize, errors);
        errors.Year("year", request.Year, required: false);
        errors.Enum<TrainingKind>("kind", request.Kind, required: false);
    }
}
