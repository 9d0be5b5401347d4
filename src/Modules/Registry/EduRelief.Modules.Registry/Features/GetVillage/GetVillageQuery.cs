using EduRelief.Modules.Registry.Features.CreateVillage;
using MediatR;

namespace EduRelief.Modules.Registry.Features.GetVillage;

internal sealed record GetVillageQuery(string Code) : IRequest<VillageResponse>;
