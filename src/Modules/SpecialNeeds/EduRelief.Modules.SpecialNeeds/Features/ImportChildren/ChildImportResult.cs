namespace EduRelief.Modules.SpecialNeeds.Features.ImportChildren;

/// <summary>
/// <see cref="Accepted"/> children new to the register, <see cref="Updated"/> entries changed by the list,
/// <see cref="Unchanged"/> entries already as the list says, <see cref="Rejected"/> bad rows. <see cref="Stored"/> says
/// whether anything was kept: not on a dry run, and not when a row was bad and partial import was not asked for.
/// </summary>
internal sealed record ChildImportResult(int Accepted, int Updated, int Unchanged, int Rejected, bool DryRun, bool Stored, IReadOnlyList<ChildRowError> Errors);
