using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Registry.Features.GetTownship;

/// <summary>One township by its code: 404 when missing or outside the caller's scope (the latter audited).</summary>
internal sealed record GetTownshipQuery(string Code) : IQuery<TownshipDto>;
