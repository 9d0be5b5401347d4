using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Features.FindStudents;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.GetFigures;

/// <summary>Counted with the very criteria the students list takes for <c>hardshipYear</c>, so the figure and its list agree.</summary>
internal sealed class GetFiguresHandler(RegistryDbContext db, ICallerContext caller) : IRequestHandler<GetRegistryFiguresQuery, RegistryFiguresDto>
{
    public async Task<RegistryFiguresDto> Handle(GetRegistryFiguresQuery request, CancellationToken cancellationToken)
    {
        var identified = await CountAsync(new StudentListParameters(null, null, null, null, null, null, null, null, HardshipYear: request.Year), cancellationToken);
        var compulsory = await CountAsync(new StudentListParameters(null, null, null, null, null, null, null, null, HardshipYear: request.Year, Compulsory: true), cancellationToken);
        return new RegistryFiguresDto { Year = request.Year, IdentifiedPoorStudents = identified, IdentifiedPoorStudentsCompulsory = compulsory };
    }

    private Task<int> CountAsync(StudentListParameters filter, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var criteria = filter.ToCriteria(errors);
        errors.ThrowIfAny();
        return db.Students.AsNoTracking().InScope(caller.Scope).Matching(criteria).CountAsync(cancellationToken);
    }
}
