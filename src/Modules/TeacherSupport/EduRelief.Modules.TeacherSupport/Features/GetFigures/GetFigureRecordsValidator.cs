using EduRelief.Contracts.TeacherSupport;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.TeacherSupport.Features.GetFigures;

internal sealed class GetFigureRecordsValidator : IValidator<GetTeacherFigureRecordsQuery>
{
    public void Validate(GetTeacherFigureRecordsQuery request, ValidationErrors errors) => errors.Range("year", request.Year, 2000, 2100);
}
