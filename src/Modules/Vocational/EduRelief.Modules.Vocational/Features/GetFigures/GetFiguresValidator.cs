using EduRelief.Contracts.Vocational;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Vocational.Features.GetFigures;

internal sealed class GetFiguresValidator : IValidator<GetVocationalFiguresQuery>
{
    public void Validate(GetVocationalFiguresQuery request, ValidationErrors errors) => errors.Year("year", request.Year);
}
