namespace EduRelief.Modules.TeacherSupport.Features.RecordExchange;

internal sealed record ExchangeResponse(long Id, Guid PairingId, Guid TeacherId, string NationalId, string Name, string From, string To, DateOnly StartsOn, DateOnly EndsOn);
