using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.ListSchools;

internal sealed class ListSchoolsHandler(RegistryDbContext db, ICallerContext caller) : IRequestHandler<ListSchoolsQuery, IReadOnlyList<SchoolDto>>
{
    public async Task<IReadOnlyList<SchoolDto>> Handle(ListSchoolsQuery request, CancellationToken cancellationToken)
    {
        var schools = db.Schools.AsNoTracking().Include(s => s.Township).InScope(caller.Scope);
        if (request.TownshipCode is { } townshipCode)
        {
            schools = schools.Where(s => s.Township!.Code == townshipCode);
        }

        if (request.Stage is { } stage)
        {
            schools = schools.Where(s => s.Stage == stage);
        }

        var list = await schools.OrderBy(s => s.Code).ToListAsync(cancellationToken);
        return list.Select(s => s.ToDto(s.Township!.Code)).ToList();
    }
}
