using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.TeacherSupport.Features.RecordAttendance;

internal sealed class RecordAttendanceValidator : IValidator<RecordAttendanceCommand>
{
    public const int MaxTeachers = 1000;

    public void Validate(RecordAttendanceCommand request, ValidationErrors errors)
    {
        if (request.NationalIds is null or { Count: 0 })
        {
            errors.Add("nationalIds", TeacherText.NeedsIds());
            return;
        }

        if (request.NationalIds.Count > MaxTeachers)
        {
            errors.Add("nationalIds", new UserText($"一次最多 {MaxTeachers} 人", $"at most {MaxTeachers} at a time"));
            return;
        }

        for (var i = 0; i < request.NationalIds.Count; i++)
        {
            errors.NationalIdOf($"nationalIds[{i}]", request.NationalIds[i]);
        }
    }
}
