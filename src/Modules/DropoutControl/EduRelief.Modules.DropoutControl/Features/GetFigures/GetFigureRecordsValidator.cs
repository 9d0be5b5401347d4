using EduRelief.Contracts.DropoutControl;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.DropoutControl.Features.GetFigures;

internal sealed class GetFigureRecordsValidator : IValidator<GetDropoutFigureRecordsQuery>
{
    public void Validate(GetDropoutFigureRecordsQuery request, ValidationErrors errors) => errors.Range("year", request.Year, 2000, 2100);
}
