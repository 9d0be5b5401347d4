using EduRelief.Modules.DropoutControl.Domain;
using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.DropoutControl.Features.ReassignOwners;

internal sealed class ReassignOwnersValidator : IValidator<ReassignOwnersCommand>
{
    public void Validate(ReassignOwnersCommand request, ValidationErrors errors)
    {
        errors.Date("on", request.On);
        errors.Owners(request.Owners, all: false);
        if (request.Owners is null || request.Owners.Named().Count == 0)
        {
            errors.Add("owners", DropoutControlText.NoneGiven());
        }
    }
}
