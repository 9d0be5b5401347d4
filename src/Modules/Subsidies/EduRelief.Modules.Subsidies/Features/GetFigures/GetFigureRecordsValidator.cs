using EduRelief.Contracts.Subsidies;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Subsidies.Features.GetFigures;

internal sealed class GetFigureRecordsValidator : IValidator<GetSubsidiesFigureRecordsQuery>
{
    public void Validate(GetSubsidiesFigureRecordsQuery request, ValidationErrors errors) => errors.Range("year", request.Year, 2000, 2100);
}
