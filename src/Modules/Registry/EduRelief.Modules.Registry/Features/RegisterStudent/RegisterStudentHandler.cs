using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Features.ImportHouseholds;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Time;
using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.RegisterStudent;

internal sealed class RegisterStudentHandler(RegistryDbContext db, HouseholdReconciler households, ICallerContext caller, TimeProvider time, CountyClock county)
    : IRequestHandler<RegisterStudentCommand, StudentDto>
{
    public async Task<StudentDto> Handle(RegisterStudentCommand request, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var valid = StudentFieldRules.Check(request.ToFields(), county.Today, errors)!;
        var school = await db.Schools.Include(s => s.Township).InScope(caller.Scope).FirstOrDefaultAsync(s => s.Code == valid.SchoolCode, cancellationToken)
            ?? throw ValidationFailedException.For("schoolCode", RegistryText.NoSchool(valid.SchoolCode));
        if (await db.WithSchool().FirstOrDefaultAsync(s => s.NationalId == valid.NationalId.Value, cancellationToken) is { } registered)
        {
            throw new ConflictException("nationalId", caller.Scope.Includes(registered.School!.Township!.Code, registered.School.Code)
                ? new UserText("该身份证号的学生已登记", "a student with this national ID is already registered")
                : RegistryText.NotYoursToRegister());
        }

        var now = time.GetUtcNow();
        var source = $"manual:{caller.UserName}";
        var student = StudentFactory.Create(valid, school.Id, source, now);
        student.School = school;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Students.Add(student);
        db.AddToOutbox(StudentFactory.Registered(student, school.Code, source, now), now);
        await db.SaveChangesAsync(cancellationToken);
        if (student.HouseholdId is { } household)
        {
            // If the household list already names the household, the student follows its standing from the list's dates.
            await households.ReconcileAsync([household], source: null, now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return (await db.WithSchool().FirstAsync(s => s.Id == student.Id, cancellationToken)).ToDto();
    }
}
