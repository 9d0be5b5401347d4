using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Registry.Features.CreateVillage;

internal sealed record CreateVillageCommand : ICommand<VillageResponse>
{
    public string? Code { get; init; }

    public string? Name { get; init; }

    public string? TownshipCode { get; init; }
}
