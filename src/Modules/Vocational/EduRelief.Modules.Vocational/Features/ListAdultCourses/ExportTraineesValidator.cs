using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Vocational.Features.ListAdultCourses;

/// <summary>The export takes the list's filter, so it is refused for what the list would refuse.</summary>
internal sealed class ExportTraineesValidator : IValidator<ExportTraineesQuery>
{
    private static readonly ListTraineesValidator List = new();

    public void Validate(ExportTraineesQuery request, ValidationErrors errors) => List.Validate(request.Filter, errors);
}
