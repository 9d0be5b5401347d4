using EduRelief.Modules.Access.Features.Shared;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Access.Features.GetUser;

internal sealed record GetUserQuery(string UserName) : IQuery<UserResponse>;
