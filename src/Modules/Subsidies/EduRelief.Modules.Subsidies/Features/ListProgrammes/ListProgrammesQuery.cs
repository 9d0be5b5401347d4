using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Subsidies.Features.ListProgrammes;

internal sealed record ListProgrammesQuery : IQuery<IReadOnlyList<ProgrammeResponse>>;
