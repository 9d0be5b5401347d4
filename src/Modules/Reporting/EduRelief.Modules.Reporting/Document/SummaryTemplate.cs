using System.Text.RegularExpressions;
using EduRelief.Modules.Reporting.Domain;

namespace EduRelief.Modules.Reporting.Document;

/// <summary>
/// The sentences around the figures: text with <c>{{key}}</c> placeholders for every figure key, <c>{{year}}</c> and
/// <c>{{countedOn}}</c>. A placeholder that names nothing is refused when the template is read, never left in a
/// document the bureau sends.
/// </summary>
internal sealed partial class SummaryTemplate
{
    public const string Year = "year";
    public const string CountedOn = "countedOn";

    private static readonly Lazy<SummaryTemplate> Embedded = new(() =>
    {
        using var stream = typeof(SummaryTemplate).Assembly.GetManifestResourceStream("EduRelief.Reporting.DefaultTemplate.md")!;
        using var reader = new StreamReader(stream);
        return Read(reader.ReadToEnd()).Template!;
    });

    private SummaryTemplate(string text) => Text = text;

    public static SummaryTemplate Default => Embedded.Value;

    public string Text { get; }

    public static IReadOnlySet<string> Placeholders { get; } =
        FigureCatalogue.All.Select(f => f.Key).Append(Year).Append(CountedOn).ToHashSet(StringComparer.Ordinal);

    /// <summary>The template, or the placeholders in <paramref name="text"/> that name no figure (in order of appearance, each once).</summary>
    public static (SummaryTemplate? Template, IReadOnlyList<string> Unknown) Read(string text)
    {
        var unknown = Placeholder().Matches(text).Select(m => m.Groups[1].Value).Where(p => !Placeholders.Contains(p)).Distinct().ToList();
        return unknown.Count == 0 ? (new SummaryTemplate(text), unknown) : (null, unknown);
    }

    public string Render(Func<string, string> valueOf) => Placeholder().Replace(Text, m => valueOf(m.Groups[1].Value));

    [GeneratedRegex(@"\{\{\s*([^{}\s]+)\s*\}\}")]
    private static partial Regex Placeholder();
}
