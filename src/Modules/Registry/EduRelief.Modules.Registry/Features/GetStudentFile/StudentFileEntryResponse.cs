namespace EduRelief.Modules.Registry.Features.GetStudentFile;

internal sealed record StudentFileEntryResponse(
    string SourceModule,
    string SourceReference,
    string Kind,
    string Title,
    DateOnly OccurredOn,
    decimal? Amount,
    string? Details,
    DateTimeOffset RecordedAt);
