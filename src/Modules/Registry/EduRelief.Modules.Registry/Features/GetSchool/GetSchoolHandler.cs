using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.GetSchool;

internal sealed class GetSchoolHandler(RegistryDbContext db, ICallerContext caller) : IRequestHandler<GetSchoolQuery, SchoolDto?>
{
    public async Task<SchoolDto?> Handle(GetSchoolQuery request, CancellationToken cancellationToken)
    {
        var school = await db.Schools.AsNoTracking().Include(s => s.Township).InScope(caller.Scope)
            .FirstOrDefaultAsync(s => s.Code == request.SchoolCode, cancellationToken);
        return school?.ToDto(school.Township!.Code);
    }
}
