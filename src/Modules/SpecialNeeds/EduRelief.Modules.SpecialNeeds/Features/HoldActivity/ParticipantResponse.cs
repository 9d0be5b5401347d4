namespace EduRelief.Modules.SpecialNeeds.Features.HoldActivity;

internal sealed record ParticipantResponse(Guid StudentId, string NationalId, string Name);
