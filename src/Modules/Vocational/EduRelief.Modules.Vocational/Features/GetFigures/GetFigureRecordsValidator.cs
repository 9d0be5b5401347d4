using EduRelief.Contracts.Vocational;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Vocational.Features.GetFigures;

internal sealed class GetFigureRecordsValidator : IValidator<GetVocationalFigureRecordsQuery>
{
    public void Validate(GetVocationalFigureRecordsQuery request, ValidationErrors errors) => errors.Year("year", request.Year);
}
