using EduRelief.Contracts.SchoolConstruction;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SchoolConstruction.Features.GetFigures;

internal sealed class GetFigureRecordsValidator : IValidator<GetConstructionFigureRecordsQuery>
{
    public void Validate(GetConstructionFigureRecordsQuery request, ValidationErrors errors) => errors.Range("year", request.Year, 2000, 2100);
}
