using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Registry.Features.GetFigures;

internal sealed class GetFigureRecordsValidator : IValidator<GetRegistryFigureRecordsQuery>
{
    public void Validate(GetRegistryFigureRecordsQuery request, ValidationErrors errors) => errors.Range("year", request.Year, 2000, 2100);
}
