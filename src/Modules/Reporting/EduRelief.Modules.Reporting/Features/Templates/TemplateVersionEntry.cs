namespace EduRelief.Modules.Reporting.Features.Templates;

internal sealed record TemplateVersionEntry(int Version, string? Note, string? SavedBy, DateTimeOffset? SavedAt);
