using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Vocational.Features.PlaceInOrderClass;

internal sealed class PlaceInOrderClassValidator : IValidator<PlaceInOrderClassCommand>
{
    public void Validate(PlaceInOrderClassCommand request, ValidationErrors errors) => errors.NationalIdOf("nationalId", request.NationalId);
}
