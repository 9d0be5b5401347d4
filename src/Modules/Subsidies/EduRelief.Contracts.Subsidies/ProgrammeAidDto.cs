namespace EduRelief.Contracts.Subsidies;

public sealed record ProgrammeAidDto(ProgrammeCode Programme, decimal Disbursed, int PersonTimes);
