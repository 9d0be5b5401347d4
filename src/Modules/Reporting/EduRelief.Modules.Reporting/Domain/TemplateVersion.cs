namespace EduRelief.Modules.Reporting.Domain;

/// <summary>
/// One saved version of the county's summary template: the text exactly as saved, who saved it and when. Versions only
/// grow (unique), none is overwritten, so a document can always be rendered again from the version it used.
/// </summary>
internal sealed class TemplateVersion
{
    private TemplateVersion()
    {
    }

    public long Id { get; private init; }

    public int Version { get; private init; }

    public string Text { get; private init; } = string.Empty;

    public string? Note { get; private init; }

    public string SavedBy { get; private init; } = string.Empty;

    public DateTimeOffset SavedAt { get; private init; }

    public static TemplateVersion Save(int version, string text, string? note, string by, DateTimeOffset at) =>
        new() { Version = version, Text = text, Note = note, SavedBy = by, SavedAt = at };
}
