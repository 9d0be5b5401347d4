using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.SpecialNeeds.Features.ListHomes;

internal sealed record GetHomeQuery(string Code) : IQuery<HomeResponse>;
