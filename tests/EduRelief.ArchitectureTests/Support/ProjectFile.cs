using System.Xml.Linq;

namespace EduRelief.ArchitectureTests.Support;

/// <summary>A .csproj as the reference rules see it; paths are relative to the repository root, with forward slashes.</summary>
internal sealed record ProjectFile
{
    public required string RelativePath { get; init; }

    public required string FileName { get; init; }

    /// <summary>Every <c>ProjectReference Include</c>, resolved against the project's folder.</summary>
    public required IReadOnlyList<string> ProjectReferences { get; init; }

    /// <summary>Every <c>PackageReference Include</c> and <c>FrameworkReference Include</c>.</summary>
    public required IReadOnlyList<string> PackageAndFrameworkReferences { get; init; }

    public static ProjectFile Read(string fullPath)
    {
        var document = XDocument.Load(fullPath);
        var folder = Path.GetDirectoryName(fullPath)!;
        return new ProjectFile
        {
            RelativePath = Relative(fullPath),
            FileName = Path.GetFileName(fullPath),
            ProjectReferences = Includes(document, "ProjectReference")
                .Select(include => Relative(Path.GetFullPath(Path.Combine(folder, include.Replace('\\', '/')))))
                .ToList(),
            PackageAndFrameworkReferences = Includes(document, "PackageReference")
                .Concat(Includes(document, "FrameworkReference"))
                .ToList(),
        };
    }

    /// <summary>Every .csproj under <paramref name="relativeFolder"/>, skipping build output.</summary>
    public static IReadOnlyList<ProjectFile> All(string relativeFolder, SearchOption depth = SearchOption.AllDirectories) =>
        Directory.GetFiles(Path.Combine(RepositoryRoot.Path, relativeFolder), "*.csproj", depth)
            .Where(path => !IsBuildOutput(path))
            .Order(StringComparer.Ordinal)
            .Select(Read)
            .ToList();

    public override string ToString() => RelativePath;

    private static IEnumerable<string> Includes(XDocument document, string item) =>
        document.Descendants()
            .Where(e => e.Name.LocalName == item)
            .Select(e => (string?)e.Attribute("Include"))
            .OfType<string>();

    private static string Relative(string fullPath) =>
        Path.GetRelativePath(RepositoryRoot.Path, fullPath).Replace('\\', '/');

    private static bool IsBuildOutput(string path)
    {
        var parts = Relative(path).Split('/');
        return parts.Contains("bin") || parts.Contains("obj") || parts.Any(p => p.StartsWith('.'));
    }
}
