using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.SpecialNeeds.Features.GetChild;

internal sealed record GetChildQuery(Guid Id) : IQuery<ChildFileResponse>;
