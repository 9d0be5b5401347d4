using EduRelief.SharedKernel.Localization;

namespace EduRelief.Web.Uploads;

/// <summary>What an import said, whatever the file: its counts, whether anything was kept, and its bad rows.</summary>
public sealed record ImportSummary(IReadOnlyList<(UserText Label, int Count)> Counts, bool DryRun, bool Stored, IReadOnlyList<ImportRowProblem> Errors);
