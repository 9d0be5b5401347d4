using EduRelief.Modules.Access.Features.Shared;
using EduRelief.SharedKernel.Modules;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Access.Features.UpdateUserAccess;

internal sealed class UpdateUserAccessValidator(IModuleDirectory modules) : IValidator<UpdateUserAccessCommand>
{
    public void Validate(UpdateUserAccessCommand request, ValidationErrors errors) => UserAccessRules.Check(request.Access, modules, errors);
}
