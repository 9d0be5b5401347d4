using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Registry.Features.CreateSchool;

internal sealed class CreateSchoolValidator : IValidator<CreateSchoolCommand>
{
    public void Validate(CreateSchoolCommand request, ValidationErrors errors)
    {
        errors.Required("code", request.Code);
        errors.MaxLength("code", request.Code, 32);
        errors.Name("name", request.Name, 100);
        errors.Required("townshipCode", request.TownshipCode);
        errors.Enum<Stage>("stage", request.Stage);
        errors.Enum<SchoolLocation>("location", request.Location);
        if (request.Classrooms is null)
        {
            errors.Missing("classrooms");
        }

        errors.Range("classrooms", request.Classrooms, 0, 1000);
    }
}
