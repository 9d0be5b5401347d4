using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.Registry;

/// <summary>The villages of the county (of one township when <see cref="TownshipCode"/> is given), by code, each with its township.</summary>
public sealed record ListVillagesQuery : IDirectoryQuery<IReadOnlyList<VillageDto>>
{
    public string? TownshipCode { get; init; }
}
