using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.ViewStudent;

internal sealed class ViewStudentHandler(RegistryDbContext db, ICallerContext caller, CountyClock county) : IRequestHandler<ViewStudentQuery, StudentDto>
{
    public async Task<StudentDto> Handle(ViewStudentQuery request, CancellationToken cancellationToken)
    {
        var student = await db.WithSchool().FirstOrDefaultAsync(s => s.Id == request.StudentId, cancellationToken)
            ?? throw new NotFoundException("Student", request.StudentId.ToString());
        caller.EnsureCanSee(student);

        return student.ToDto().MaskedFor(caller, county);
    }
}
