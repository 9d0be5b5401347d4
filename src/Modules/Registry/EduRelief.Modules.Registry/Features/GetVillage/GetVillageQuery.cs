using EduRelief.Modules.Registry.Features.CreateVillage;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Registry.Features.GetVillage;

internal sealed record GetVillageQuery(string Code) : IQuery<VillageResponse>;
