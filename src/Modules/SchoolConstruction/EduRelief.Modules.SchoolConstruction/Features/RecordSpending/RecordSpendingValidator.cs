using EduRelief.Modules.SchoolConstruction.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SchoolConstruction.Features.RecordSpending;

internal sealed class RecordSpendingValidator : IValidator<RecordSpendingCommand>
{
    public void Validate(RecordSpendingCommand request, ValidationErrors errors)
    {
        errors.Date("spentOn", request.SpentOn);
        errors.Positive("amount", request.Amount, ConstructionInput.MaxAmount);
        errors.Name("purpose", request.Purpose, 200);
    }
}
