using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.DropoutControl.Features.GetFigures;

internal sealed class ListFigureRecordsValidator : IValidator<ListFigureRecordsQuery>
{
    public void Validate(ListFigureRecordsQuery request, ValidationErrors errors)
    {
        PageRequest.Validate(request.Page, request.PageSize, errors);
        if (request.Year is null)
        {
            errors.Missing("year");
        }

        errors.Range("year", request.Year, 2000, 2100);
        errors.Enum<FigureKey>("figure", request.Figure);
    }
}
