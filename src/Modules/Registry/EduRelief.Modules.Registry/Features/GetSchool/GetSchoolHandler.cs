using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.GetSchool;

/// <summary>Null when there is no such school; a school outside the caller's scope is answered as missing and audited.</summary>
internal sealed class GetSchoolHandler(RegistryDbContext db, ICallerContext caller) : IRequestHandler<GetSchoolQuery, SchoolDto?>
{
    public async Task<SchoolDto?> Handle(GetSchoolQuery request, CancellationToken cancellationToken)
    {
        var school = await db.Schools.AsNoTracking().Include(s => s.Township)
            .FirstOrDefaultAsync(s => s.Code == request.SchoolCode, cancellationToken);
        if (school is null)
        {
            return null;
        }

        if (!caller.Scope.Includes(school.Township!.Code, school.Code))
        {
            throw new OutOfScopeException("School", school.Code);
        }

        return school.ToDto(school.Township.Code);
    }
}
