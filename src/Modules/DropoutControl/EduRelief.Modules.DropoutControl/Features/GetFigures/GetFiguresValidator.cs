using EduRelief.Contracts.DropoutControl;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.DropoutControl.Features.GetFigures;

internal sealed class GetFiguresValidator : IValidator<GetDropoutFiguresQuery>
{
    public void Validate(GetDropoutFiguresQuery request, ValidationErrors errors) => errors.Range("year", request.Year, 2000, 2100);
}
