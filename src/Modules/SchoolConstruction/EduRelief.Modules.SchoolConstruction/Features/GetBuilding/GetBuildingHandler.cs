using EduRelief.Modules.SchoolConstruction.Data;
using EduRelief.Modules.SchoolConstruction.Features.ListBuildings;
using EduRelief.Modules.SchoolConstruction.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SchoolConstruction.Features.GetBuilding;

internal sealed class GetBuildingHandler(SchoolConstructionDbContext db, ICallerContext caller, CountyClock county)
    : IRequestHandler<GetBuildingQuery, BuildingFileResponse>
{
    public async Task<BuildingFileResponse> Handle(GetBuildingQuery request, CancellationToken cancellationToken)
    {
        var building = (await db.FindBuildingAsync(request.BuildingId, cancellationToken, tracked: false)).EnsureInScope(caller.Scope, "Building", request.BuildingId.ToString());
        var appraisals = building.Appraisals.OrderByDescending(a => a.AppraisedOn).ThenByDescending(a => a.Id).Select(AppraisalResponse.Of).ToList();
        return new BuildingFileResponse(BuildingResponse.Of(building, county.Today), appraisals);
    }
}
