using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Data;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.GetFigures;

/// <summary>Counted with the very criteria the students list takes for <c>hardshipYear</c> (<see cref="IdentifiedStudents"/>), so the figure, its list and its records agree.</summary>
internal sealed class GetFiguresHandler(RegistryDbContext db, ICallerContext caller) : IRequestHandler<GetRegistryFiguresQuery, RegistryFiguresDto>
{
    public async Task<RegistryFiguresDto> Handle(GetRegistryFiguresQuery request, CancellationToken cancellationToken) => new()
    {
        Year = request.Year,
        IdentifiedPoorStudents = await IdentifiedStudents.Of(db, caller, request.Year, RegistryFigure.IdentifiedPoorStudents).CountAsync(cancellationToken),
        IdentifiedPoorStudentsCompulsory = await IdentifiedStudents.Of(db, caller, request.Year, RegistryFigure.IdentifiedPoorStudentsCompulsory).CountAsync(cancellationToken),
    };
}
