using EduRelief.Contracts.Registry;
using MediatR;

namespace EduRelief.Modules.Registry.Features.CreateTownship;

internal sealed record CreateTownshipCommand : IRequest<TownshipDto>
{
    public string? Code { get; init; }

    public string? Name { get; init; }
}
