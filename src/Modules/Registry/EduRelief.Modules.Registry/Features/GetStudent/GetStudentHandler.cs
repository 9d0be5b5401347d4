using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.GetStudent;

internal sealed class GetStudentHandler(RegistryDbContext db, ICallerContext caller) : IRequestHandler<GetStudentQuery, StudentDto?>
{
    public async Task<StudentDto?> Handle(GetStudentQuery request, CancellationToken cancellationToken)
    {
        var students = db.WithSchool().InScope(caller.Scope);
        if (request.StudentId is { } id)
        {
            students = students.Where(s => s.Id == id);
        }
        else if (request.NationalId is { Length: > 0 } nationalId)
        {
            students = students.Matching(new StudentCriteria { NationalId = nationalId });
        }
        else
        {
            return null;
        }

        var student = await students.FirstOrDefaultAsync(cancellationToken);
        return student?.ToDto();
    }
}
