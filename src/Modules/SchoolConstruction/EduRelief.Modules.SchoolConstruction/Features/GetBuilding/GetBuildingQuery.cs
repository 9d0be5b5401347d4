using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.SchoolConstruction.Features.GetBuilding;

internal sealed record GetBuildingQuery(Guid BuildingId) : IQuery<BuildingFileResponse>;
