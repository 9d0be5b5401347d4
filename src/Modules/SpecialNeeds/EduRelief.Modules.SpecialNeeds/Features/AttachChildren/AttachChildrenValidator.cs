using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SpecialNeeds.Features.AttachChildren;

internal sealed class AttachChildrenValidator : IValidator<AttachChildrenCommand>
{
    public void Validate(AttachChildrenCommand request, ValidationErrors errors) => errors.NationalIds("nationalIds", request.NationalIds);
}
