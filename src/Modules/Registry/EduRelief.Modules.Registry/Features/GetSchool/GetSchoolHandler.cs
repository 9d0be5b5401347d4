using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Features.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.GetSchool;

internal sealed class GetSchoolHandler(RegistryDbContext db) : IRequestHandler<GetSchoolQuery, SchoolDto?>
{
    public async Task<SchoolDto?> Handle(GetSchoolQuery request, CancellationToken cancellationToken)
    {
        var school = await db.Schools.AsNoTracking().Include(s => s.Township)
            .FirstOrDefaultAsync(s => s.Code == request.SchoolCode, cancellationToken);
        return school?.ToDto(school.Township!.Code);
    }
}
