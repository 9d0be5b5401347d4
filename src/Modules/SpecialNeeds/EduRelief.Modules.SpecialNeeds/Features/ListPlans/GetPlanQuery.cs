using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.SpecialNeeds.Features.ListPlans;

internal sealed record GetPlanQuery(Guid Id) : IQuery<PlanResponse>;
