namespace EduRelief.Modules.Subsidies.Features.ListOutreach;

internal sealed record OutreachActivityResponse(long Id, DateOnly Date, string TownshipCode, string Kind, int Participants, int Materials, string RecordedBy);
