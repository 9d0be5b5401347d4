namespace EduRelief.Modules.Registry.Features.GetStudentFile;

internal sealed record StudentFileSummaryResponse(int EntryCount, decimal AidTotal, DateOnly? LastEntryOn, int ChangeCount, DateTimeOffset RefreshedAt);
