namespace EduRelief.Modules.Registry.Features.ImportRoster;

/// <summary>The state of one import as it reads the file.</summary>
internal sealed class RosterImportRun(RosterHeader header, Dictionary<string, Guid> schools, string source, DateTimeOffset now, DateOnly today)
{
    public RosterHeader Header { get; } = header;

    public Dictionary<string, Guid> Schools { get; } = schools;

    /// <summary>The schools the importing user may change; a known student elsewhere is not theirs to update.</summary>
    public HashSet<Guid> InScopeSchoolIds { get; } = [.. schools.Values];

    public string Source { get; } = source;

    public DateTimeOffset Now { get; } = now;

    /// <summary>The county's date: changes a roster makes take effect on it.</summary>
    public DateOnly Today { get; } = today;

    /// <summary>The first 17 digits of each national ID seen, to name the line of a duplicate in flat memory.</summary>
    public Dictionary<long, int> LinesById { get; } = [];

    public List<RosterRowError> Errors { get; } = [];

    /// <summary>Valid rows waiting for their chunk's lookup of students already registered.</summary>
    public List<PendingRow> Pending { get; } = [];

    /// <summary>The households of the students this import registers: they follow the household list at once.</summary>
    public HashSet<string> NewStudentsHouseholds { get; } = new(StringComparer.Ordinal);

    public int Rows { get; set; }

    public int Accepted { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public int Rejected { get; private set; }

    public void Reject() => Rejected++;

    public void Reject(int line, RosterColumn column, string message)
    {
        Errors.Add(new RosterRowError(line, Header.HeaderOf(column), message));
        Rejected++;
    }
}
