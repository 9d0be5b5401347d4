using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.DropoutControl.Features.ListRisk;

internal sealed class ExportRiskValidator : IValidator<ExportRiskQuery>
{
    public void Validate(ExportRiskQuery request, ValidationErrors errors) => new ListRiskValidator().Validate(request.Filter with { Page = 1, PageSize = 1 }, errors);
}
