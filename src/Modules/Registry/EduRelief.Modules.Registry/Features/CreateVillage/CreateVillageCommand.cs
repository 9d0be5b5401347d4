using MediatR;

namespace EduRelief.Modules.Registry.Features.CreateVillage;

internal sealed record CreateVillageCommand : IRequest<VillageResponse>
{
    public string? Code { get; init; }

    public string? Name { get; init; }

    public string? TownshipCode { get; init; }
}
