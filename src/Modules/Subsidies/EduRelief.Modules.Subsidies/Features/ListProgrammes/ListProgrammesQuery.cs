using MediatR;

namespace EduRelief.Modules.Subsidies.Features.ListProgrammes;

internal sealed record ListProgrammesQuery : IRequest<IReadOnlyList<ProgrammeResponse>>;
