using EduRelief.Modules.Vocational.Domain;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Vocational.Features.OpenAdultCourse;

internal sealed class OpenAdultCourseValidator : IValidator<OpenAdultCourseCommand>
{
    public void Validate(OpenAdultCourseCommand request, ValidationErrors errors)
    {
        errors.Code("code", request.Code);
        errors.Name("name", request.Name, 100);
        errors.Code("townshipCode", request.TownshipCode);
        errors.Name("trade", request.Trade, 100);
        errors.Date("startsOn", request.StartsOn);
        errors.Date("endsOn", request.EndsOn);
        if (request is { StartsOn: { } starts, EndsOn: { } ends } && ends < starts)
        {
            errors.Add("endsOn", VocationalText.Before(starts));
        }
    }
}
