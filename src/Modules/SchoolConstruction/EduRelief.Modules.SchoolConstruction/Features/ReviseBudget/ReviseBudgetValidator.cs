using EduRelief.Modules.SchoolConstruction.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SchoolConstruction.Features.ReviseBudget;

internal sealed class ReviseBudgetValidator : IValidator<ReviseBudgetCommand>
{
    public void Validate(ReviseBudgetCommand request, ValidationErrors errors) => BudgetLineInput.Validate(request.Budget, errors);
}
