using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Registry.Features.GetFigures;

internal sealed class GetFiguresValidator : IValidator<GetRegistryFiguresQuery>
{
    public void Validate(GetRegistryFiguresQuery request, ValidationErrors errors) => errors.Range("year", request.Year, 2000, 2100);
}
