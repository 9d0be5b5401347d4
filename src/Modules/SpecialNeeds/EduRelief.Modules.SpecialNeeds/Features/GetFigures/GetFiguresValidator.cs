using EduRelief.Contracts.SpecialNeeds;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SpecialNeeds.Features.GetFigures;

internal sealed class GetFiguresValidator : IValidator<GetSpecialNeedsFiguresQuery>
{
    public void Validate(GetSpecialNeedsFiguresQuery request, ValidationErrors errors) => errors.Year("year", request.Year);
}
