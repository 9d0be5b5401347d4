using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Domain;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.ReturnStudentToSchool;

/// <summary>Sets the school and the Enrolled status in one edit, effective on the return date; nothing is recorded for a value unchanged.</summary>
internal sealed class ReturnStudentToSchoolHandler(RegistryDbContext db, TimeProvider time) : IRequestHandler<ReturnStudentToSchoolCommand, StudentDto>
{
    public async Task<StudentDto> Handle(ReturnStudentToSchoolCommand request, CancellationToken cancellationToken)
    {
        var student = await db.Students.Include(s => s.School).ThenInclude(s => s!.Township)
            .FirstOrDefaultAsync(s => s.Id == request.StudentId, cancellationToken)
            ?? throw new NotFoundException("Student", request.StudentId.ToString());
        var school = await db.Schools.Include(s => s.Township).FirstOrDefaultAsync(s => s.Code == request.SchoolCode, cancellationToken)
            ?? throw ValidationFailedException.For("schoolCode", RegistryText.NoSchool(request.SchoolCode));
        var now = time.GetUtcNow();
        var edit = new StudentEdit(student, request.EffectiveOn, request.Source, now);
        edit.School(school);
        edit.Status(StudentStatus.Enrolled);
        edit.Complete();
        db.StudentChanges.AddRange(edit.Changes);
        foreach (var integrationEvent in edit.Events)
        {
            db.AddToOutbox(integrationEvent, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return student.ToDto();
    }
}
