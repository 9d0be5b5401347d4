using EduRelief.Modules.TeacherSupport.Features.ListTeachers;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.TeacherSupport.Features.ExportTeachers;

/// <summary>The export takes the list's filter, so it is refused for what the list would refuse.</summary>
internal sealed class ExportTeachersValidator : IValidator<ExportTeachersQuery>
{
    private static readonly ListTeachersValidator List = new();

    public void Validate(ExportTeachersQuery request, ValidationErrors errors) => List.Validate(request.Filter, errors);
}
