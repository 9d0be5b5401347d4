using EduRelief.Contracts.TeacherSupport;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.TeacherSupport.Features.GetFigures;

internal sealed class GetFiguresValidator : IValidator<GetTeacherFiguresQuery>
{
    public void Validate(GetTeacherFiguresQuery request, ValidationErrors errors) => errors.Range("year", request.Year, 2000, 2100);
}
