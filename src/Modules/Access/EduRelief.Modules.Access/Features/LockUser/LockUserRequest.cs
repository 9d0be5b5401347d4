namespace EduRelief.Modules.Access.Features.LockUser;

internal sealed record LockUserRequest(bool Locked);
