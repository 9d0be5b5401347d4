using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.TeacherSupport.Features.AddCourse;

internal sealed class AddCourseValidator : IValidator<AddCourseCommand>
{
    public void Validate(AddCourseCommand request, ValidationErrors errors)
    {
        errors.Code("code", request.Code);
        errors.Name("name", request.Name, 200);
        errors.Enum<TrainingKind>("kind", request.Kind);
        errors.Date("startsOn", request.StartsOn);
        errors.Date("endsOn", request.EndsOn);
        if (request.Hours is null)
        {
            errors.Missing("hours");
        }
        else if (request.Hours <= 0)
        {
            errors.Add("hours", TeacherText.MustBePositive());
        }
        else
        {
            errors.Money("hours", request.Hours, 10_000m);
        }
    }
}
