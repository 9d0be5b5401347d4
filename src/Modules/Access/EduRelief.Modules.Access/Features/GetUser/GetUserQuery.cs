using EduRelief.Modules.Access.Features.Shared;
using MediatR;

namespace EduRelief.Modules.Access.Features.GetUser;

internal sealed record GetUserQuery(string UserName) : IRequest<UserResponse>;
