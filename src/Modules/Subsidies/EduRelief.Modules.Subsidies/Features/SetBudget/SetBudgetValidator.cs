using EduRelief.Modules.Subsidies.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Subsidies.Features.SetBudget;

internal sealed class SetBudgetValidator : IValidator<SetBudgetCommand>
{
    public void Validate(SetBudgetCommand request, ValidationErrors errors)
    {
        SubsidyInput.Programme("programmeCode", request.ProgrammeCode, errors);
        errors.Range("year", request.Year, 2000, 2100);
        SubsidyInput.Money("amount", request.Amount, SubsidyInput.MaxBudget, errors);
    }
}
