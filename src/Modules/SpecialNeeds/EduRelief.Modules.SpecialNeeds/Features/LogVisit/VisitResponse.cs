namespace EduRelief.Modules.SpecialNeeds.Features.LogVisit;

internal sealed record VisitResponse(long Id, Guid PlanId, DateOnly On, string Teacher, decimal Hours, string Content)
{
    public static VisitResponse Of(Domain.HomeVisit v) => new(v.Id, v.PlanId, v.On, v.Teacher, v.Hours, v.Content);
}
