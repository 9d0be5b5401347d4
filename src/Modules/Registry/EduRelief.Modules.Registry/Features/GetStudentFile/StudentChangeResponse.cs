namespace EduRelief.Modules.Registry.Features.GetStudentFile;

internal sealed record StudentChangeResponse(string Field, string? OldValue, string? NewValue, DateOnly EffectiveOn, string Source, DateTimeOffset RecordedAt);
