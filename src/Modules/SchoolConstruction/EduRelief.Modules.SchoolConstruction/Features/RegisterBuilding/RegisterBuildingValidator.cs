using EduRelief.Modules.SchoolConstruction.Domain;
using EduRelief.Modules.SchoolConstruction.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SchoolConstruction.Features.RegisterBuilding;

internal sealed class RegisterBuildingValidator : IValidator<RegisterBuildingCommand>
{
    public void Validate(RegisterBuildingCommand request, ValidationErrors errors)
    {
        errors.Required("schoolCode", request.SchoolCode);
        errors.MaxLength("schoolCode", request.SchoolCode, 32);
        errors.Name("name", request.Name, 100);
        errors.Enum<BuildingUse>("use", request.Use);
        errors.Positive("floorArea", request.FloorArea, ConstructionInput.MaxFloorArea);
        if (request.YearBuilt is null)
        {
            errors.Missing("yearBuilt");
        }

        errors.Range("yearBuilt", request.YearBuilt, 1800, 2100);
        errors.Name("structure", request.Structure, 100);
    }
}
