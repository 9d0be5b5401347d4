using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Domain;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Time;
using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.UpdateStudent;

internal sealed class UpdateStudentHandler(RegistryDbContext db, ICallerContext caller, TimeProvider time, CountyClock county)
    : IRequestHandler<UpdateStudentCommand, StudentDto>
{
    public async Task<StudentDto> Handle(UpdateStudentCommand request, CancellationToken cancellationToken)
    {
        var patch = UpdateStudentValidator.Check(request, new ValidationErrors());
        var student = await db.Students
            .Include(s => s.School).ThenInclude(s => s!.Township)
            .Include(s => s.CategoryPeriods.Where(p => p.EndedOn == null))
            .FirstOrDefaultAsync(s => s.Id == request.StudentId, cancellationToken)
            ?? throw new NotFoundException("Student", request.StudentId.ToString());
        caller.EnsureCanSee(student);
        if (request.EffectiveOn is { } effective && effective < student.BirthDate)
        {
            throw ValidationFailedException.For("effectiveOn", new UserText(
                $"早于学生的出生日期（{student.BirthDate:yyyy-MM-dd}）",
                $"is before the student's birth date ({student.BirthDate:yyyy-MM-dd})"));
        }

        if (request.Version is { } version && version != student.Version)
        {
            throw new ConflictException("version", new UserText(
                $"该学生已被他人修改（当前版本 {student.Version}，您提交的版本 {version}），请刷新后重试",
                $"the student was changed by someone else (version {student.Version}, you sent {version}); reload and try again"));
        }

        var now = time.GetUtcNow();
        var effectiveOn = request.EffectiveOn ?? county.Today;
        var edit = new StudentEdit(student, effectiveOn, $"manual:{caller.UserName}", now);
        if (request.SchoolCode is { } schoolCode)
        {
            var school = await db.Schools.Include(s => s.Township).InScope(caller.Scope).FirstOrDefaultAsync(s => s.Code == schoolCode.Trim(), cancellationToken)
                ?? throw ValidationFailedException.For("schoolCode", RegistryText.NoSchool(schoolCode));
            edit.School(school);
        }

        Apply(request, patch, edit);
        edit.Complete();
        db.StudentChanges.AddRange(edit.Changes);
        foreach (var integrationEvent in edit.Events)
        {
            db.AddToOutbox(integrationEvent, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return student.ToDto();
    }

    private static void Apply(UpdateStudentCommand request, StudentPatch patch, StudentEdit edit)
    {
        if (request.Grade is { } grade)
        {
            edit.Grade(grade);
        }

        if (request.Boarding is { } boarding)
        {
            edit.Boarding(boarding);
        }

        if (request.HouseholdId is { } householdId)
        {
            edit.Household(string.IsNullOrWhiteSpace(householdId) ? null : householdId.Trim());
        }

        if (patch.Categories is { } categories)
        {
            edit.Categories(categories);
        }

        if (request.LeftBehind is { } leftBehind)
        {
            edit.LeftBehind(leftBehind);
        }

        if (patch.DisabilityGiven)
        {
            edit.Disability(patch.DisabilityCategory, patch.DisabilityGrade);
        }

        if (patch.GuardianGiven)
        {
            edit.Guardian(patch.Guardian);
        }

        if (patch.AccountGiven)
        {
            edit.Account(patch.Account);
        }

        if (patch.Status is { } status)
        {
            edit.Status(status);
        }
    }
}
