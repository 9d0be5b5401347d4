using EduRelief.Contracts.Registry;

namespace EduRelief.Modules.TeacherSupport.Features.GetAllowanceRoll;

/// <summary>One teacher's allowance for a month (the national ID masked for a caller who may not see it in full).</summary>
internal sealed record RollLineResponse(string Month, Guid TeacherId, string NationalId, string Name, string SchoolCode, string TownshipCode, SchoolLocation Location, decimal Monthly);
