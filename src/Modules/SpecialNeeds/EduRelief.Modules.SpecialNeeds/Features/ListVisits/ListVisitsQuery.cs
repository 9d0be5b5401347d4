using EduRelief.Modules.SpecialNeeds.Features.LogVisit;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.SpecialNeeds.Features.ListVisits;

/// <summary>A plan's visits, oldest first.</summary>
internal sealed record ListVisitsQuery(Guid PlanId) : IQuery<IReadOnlyList<VisitResponse>>;
