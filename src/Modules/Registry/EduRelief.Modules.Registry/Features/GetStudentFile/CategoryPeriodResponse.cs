using EduRelief.Contracts.Registry;

namespace EduRelief.Modules.Registry.Features.GetStudentFile;

internal sealed record CategoryPeriodResponse(HardshipCategory Category, DateOnly StartedOn, string StartSource, DateOnly? EndedOn, string? EndSource);
