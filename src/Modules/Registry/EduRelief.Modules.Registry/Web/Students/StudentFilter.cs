using EduRelief.Modules.Registry.Features.FindStudents;

namespace EduRelief.Modules.Registry.Web.Students;

/// <summary>The list's filter as the user set it: the same text the API's query string carries.</summary>
internal sealed class StudentFilter
{
    public string? NationalId { get; set; }

    public string? SchoolCode { get; set; }

    public string? TownshipCode { get; set; }

    public string? Stage { get; set; }

    public string? Category { get; set; }

    public string? LeftBehind { get; set; }

    public string? Disabled { get; set; }

    public string? Status { get; set; }

    /// <summary>The list's order across every page (<c>sort</c>): name, school or grade; the list order when empty.</summary>
    public string? Sort { get; set; }

    public StudentListParameters ToParameters() => new(
        Blank(NationalId), Blank(SchoolCode), Blank(TownshipCode), Blank(Stage), Blank(Category), Flag(LeftBehind), Flag(Disabled), Blank(Status), Blank(Sort));

    /// <summary>The filter as the API's query string takes it (for the export links).</summary>
    public IReadOnlyDictionary<string, string?> ToApiQuery() => new Dictionary<string, string?>
    {
        ["nationalId"] = Blank(NationalId), ["schoolCode"] = Blank(SchoolCode), ["townshipCode"] = Blank(TownshipCode),
        ["stage"] = Blank(Stage), ["category"] = Blank(Category), ["leftBehind"] = Blank(LeftBehind), ["disabled"] = Blank(Disabled),
        ["status"] = Blank(Status), ["sort"] = Blank(Sort),
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static bool? Flag(string? text) => bool.TryParse(text, out var value) ? value : null;
}
