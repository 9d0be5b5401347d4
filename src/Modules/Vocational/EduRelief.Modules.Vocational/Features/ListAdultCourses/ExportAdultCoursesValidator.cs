using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Vocational.Features.ListAdultCourses;

/// <summary>The export takes the list's filter, so it is refused for what the list would refuse.</summary>
internal sealed class ExportAdultCoursesValidator : IValidator<ExportAdultCoursesQuery>
{
    private static readonly ListAdultCoursesValidator List = new();

    public void Validate(ExportAdultCoursesQuery request, ValidationErrors errors) => List.Validate(request.Filter, errors);
}
