namespace EduRelief.Modules.Registry.Web.StudentFile;

/// <summary>One event of the file's timeline: a change, a category period starting or ending, or another module's entry.</summary>
internal sealed record FileEvent(DateOnly On, DateTimeOffset RecordedAt, string Kind, string Title, string? Detail, string Color);
