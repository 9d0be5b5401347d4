namespace EduRelief.Modules.Reporting.Document;

/// <summary>One heading (<see cref="Level"/> 1–3) or paragraph (level 0) of the rendered summary, for the printable page and the Word document.</summary>
internal sealed record DocumentBlock(int Level, string Text)
{
    public static IReadOnlyList<DocumentBlock> Of(string markdown) =>
        markdown.Split('\n')
            .Select(line => line.TrimEnd('\r'))
            .Where(line => line.Length > 0)
            .Select(line =>
            {
                var level = line.TakeWhile(c => c == '#').Count();
                return level is > 0 and <= 3 && line.Length > level && line[level] == ' '
                    ? new DocumentBlock(level, line[(level + 1)..])
                    : new DocumentBlock(0, line);
            })
            .ToList();
}
