using EduRelief.Contracts.Registry;

namespace EduRelief.Modules.TeacherSupport.Features.ListTeachers;

internal sealed record PostingResponse(string SchoolCode, string TownshipCode, SchoolLocation Location, DateOnly StartsOn, DateOnly? EndsOn);
