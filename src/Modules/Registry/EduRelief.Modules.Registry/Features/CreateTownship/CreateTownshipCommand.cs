using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Registry.Features.CreateTownship;

internal sealed record CreateTownshipCommand : ICommand<TownshipDto>
{
    public string? Code { get; init; }

    public string? Name { get; init; }
}
