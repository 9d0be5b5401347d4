using System.Text.Json.Serialization;
using EduRelief.Modules.Reporting.Document;
using EduRelief.Modules.Reporting.Domain;

namespace EduRelief.Modules.Reporting.Features.Templates;

/// <summary>A version of the summary template; version 0 is the built-in one, in use until the county saves its own.</summary>
internal sealed record TemplateResponse(int Version, string Text, string? Note, string? SavedBy, DateTimeOffset? SavedAt)
{
    public static TemplateResponse BuiltIn { get; } = new(0, SummaryTemplate.Default.Text, null, null, null);

    /// <summary>The text as a template; every stored text was checked when it was saved.</summary>
    [JsonIgnore]
    public SummaryTemplate Template => SummaryTemplate.Read(Text).Template!;

    public static TemplateResponse Of(TemplateVersion version) => new(version.Version, version.Text, version.Note, version.SavedBy, version.SavedAt);
}
