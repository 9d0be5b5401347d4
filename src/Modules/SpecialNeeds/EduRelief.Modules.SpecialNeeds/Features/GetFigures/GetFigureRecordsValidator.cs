using EduRelief.Contracts.SpecialNeeds;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SpecialNeeds.Features.GetFigures;

internal sealed class GetFigureRecordsValidator : IValidator<GetSpecialNeedsFigureRecordsQuery>
{
    public void Validate(GetSpecialNeedsFigureRecordsQuery request, ValidationErrors errors) => errors.Year("year", request.Year);
}
