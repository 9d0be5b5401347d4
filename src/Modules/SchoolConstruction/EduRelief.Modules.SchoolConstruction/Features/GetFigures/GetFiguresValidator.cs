using EduRelief.Contracts.SchoolConstruction;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SchoolConstruction.Features.GetFigures;

internal sealed class GetFiguresValidator : IValidator<GetConstructionFiguresQuery>
{
    public void Validate(GetConstructionFiguresQuery request, ValidationErrors errors) => errors.Range("year", request.Year, 2000, 2100);
}
