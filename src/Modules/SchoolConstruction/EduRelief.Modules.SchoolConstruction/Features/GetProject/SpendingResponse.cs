using EduRelief.Modules.SchoolConstruction.Domain;

namespace EduRelief.Modules.SchoolConstruction.Features.GetProject;

internal sealed record SpendingResponse(long Id, string ProjectCode, string SchoolCode, DateOnly SpentOn, decimal Amount, string Purpose, string RecordedBy)
{
    public static SpendingResponse Of(Spending s, Project p) => new(s.Id, p.Code, p.SchoolCode, s.SpentOn, s.Amount, s.Purpose, s.RecordedBy);
}
