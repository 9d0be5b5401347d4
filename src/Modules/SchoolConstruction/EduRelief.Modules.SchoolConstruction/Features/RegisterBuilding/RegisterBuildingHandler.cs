using EduRelief.Modules.SchoolConstruction.Data;
using EduRelief.Modules.SchoolConstruction.Domain;
using EduRelief.Modules.SchoolConstruction.Features.ListBuildings;
using EduRelief.Modules.SchoolConstruction.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Primitives;
using EduRelief.SharedKernel.Time;
using EduRelief.SharedKernel.Validation;
using MediatR;

namespace EduRelief.Modules.SchoolConstruction.Features.RegisterBuilding;

internal sealed class RegisterBuildingHandler(SchoolConstructionDbContext db, IMediator mediator, TimeProvider time, CountyClock county)
    : IRequestHandler<RegisterBuildingCommand, BuildingResponse>
{
    public async Task<BuildingResponse> Handle(RegisterBuildingCommand request, CancellationToken cancellationToken)
    {
        var school = await mediator.RequireSchoolAsync("schoolCode", request.SchoolCode!, cancellationToken);
        if (request.YearBuilt > county.Today.Year)
        {
            throw ValidationFailedException.For("yearBuilt", new UserText($"晚于今年（{county.Today.Year}）", $"is after this year ({county.Today.Year})"));
        }

        var building = new Building
        {
            Id = TimeOrderedId.Next(time.GetUtcNow()),
            SchoolCode = school.Code,
            TownshipCode = school.TownshipCode,
            Name = request.Name!.Trim(),
            Use = EnumCodes.Parse<BuildingUse>(request.Use!),
            FloorArea = request.FloorArea!.Value,
            YearBuilt = request.YearBuilt!.Value,
            Structure = request.Structure!.Trim(),
        };
        db.Buildings.Add(building);
        await db.SaveChangesAsync(cancellationToken);
        return BuildingResponse.Of(building, county.Today);
    }
}
