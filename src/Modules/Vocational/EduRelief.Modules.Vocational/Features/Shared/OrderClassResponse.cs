using EduRelief.Modules.Vocational.Domain;

namespace EduRelief.Modules.Vocational.Features.Shared;

/// <summary>An order-based class with the places the employer committed to hire and the students placed in it.</summary>
internal sealed record OrderClassResponse(Guid Id, string Code, string SpecialtyCode, string SchoolCode, string TownshipCode, string Employer, int Places, int Year, int Students)
{
    public static OrderClassResponse Of(OrderClass c) => new(c.Id, c.Code, c.SpecialtyCode, c.SchoolCode, c.TownshipCode, c.Employer, c.Places, c.Year, c.Students);
}
