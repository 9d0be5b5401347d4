using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.Registry;

/// <summary>Every township of the county, by code.</summary>
public sealed record ListTownshipsQuery : IQuery<IReadOnlyList<TownshipDto>>;
