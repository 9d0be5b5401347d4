using EduRelief.Contracts.Subsidies;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Subsidies.Features.GetFigures;

internal sealed class GetFiguresValidator : IValidator<GetSubsidiesFiguresQuery>
{
    public void Validate(GetSubsidiesFiguresQuery request, ValidationErrors errors) => errors.Range("year", request.Year, 2000, 2100);
}
