using EduRelief.Modules.Vocational.Domain;

namespace EduRelief.Modules.Vocational.Features.Shared;

internal sealed record AdultCourseResponse(Guid Id, string Code, string Name, string TownshipCode, string Trade, DateOnly StartsOn, DateOnly EndsOn, int Trainees, int Certificates)
{
    public static AdultCourseResponse Of(AdultCourse c, int trainees, int certificates) =>
        new(c.Id, c.Code, c.Name, c.TownshipCode, c.Trade, c.StartsOn, c.EndsOn, trainees, certificates);
}
