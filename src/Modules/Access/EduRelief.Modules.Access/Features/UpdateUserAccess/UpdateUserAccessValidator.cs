using EduRelief.Modules.Access.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Access.Features.UpdateUserAccess;

internal sealed class UpdateUserAccessValidator : IValidator<UpdateUserAccessCommand>
{
    public void Validate(UpdateUserAccessCommand request, ValidationErrors errors) => UserAccessRules.Check(request.Access, errors);
}
