using EduRelief.Modules.Subsidies.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Subsidies.Features.CreateBatch;

internal sealed class CreateBatchValidator : IValidator<CreateBatchCommand>
{
    public void Validate(CreateBatchCommand request, ValidationErrors errors)
    {
        SubsidyInput.Programme("programmeCode", request.ProgrammeCode, errors);
        SubsidyInput.Term("term", request.Term, errors);
    }
}
