namespace EduRelief.Modules.SpecialNeeds.Features.Shared;

internal sealed record HomeChildResponse(Guid StudentId, string NationalId, string Name, string SchoolCode, DateOnly AttachedOn);
