namespace EduRelief.Modules.Registry.Features.ImportRoster;

/// <summary>
/// <see cref="Accepted"/> new students, <see cref="Updated"/> existing students changed, <see cref="Unchanged"/>
/// existing students already as the file says, <see cref="Rejected"/> bad rows. <see cref="Stored"/> says whether
/// anything was kept: not on a dry run, and not when a row was bad and partial import was not asked for.
/// </summary>
internal sealed record RosterImportResult(
    int Accepted,
    int Updated,
    int Unchanged,
    int Rejected,
    bool DryRun,
    bool Stored,
    IReadOnlyList<RosterRowError> Errors);
