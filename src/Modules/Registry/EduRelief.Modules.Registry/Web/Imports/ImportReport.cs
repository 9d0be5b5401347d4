using EduRelief.Modules.Registry.Features.ImportHouseholds;
using EduRelief.Modules.Registry.Features.ImportRoster;
using EduRelief.SharedKernel.Localization;

namespace EduRelief.Modules.Registry.Web.Imports;

/// <summary>What an import said, for either kind of file: its counts, whether anything was kept, and its bad rows.</summary>
internal sealed record ImportReport(IReadOnlyList<(string Label, int Count)> Counts, bool DryRun, bool Stored, IReadOnlyList<RosterRowError> Errors)
{
    public static ImportReport Of(RosterImportResult r) => new(
        [(new UserText("新增", "New"), r.Accepted), (new UserText("更新", "Updated"), r.Updated), (new UserText("未变", "Unchanged"), r.Unchanged), (new UserText("错误行", "Rejected"), r.Rejected)],
        r.DryRun, r.Stored, r.Errors);

    public static ImportReport Of(HouseholdListResult r) => new(
        [(new UserText("变更", "Changed"), r.Changed), (new UserText("未变", "Unchanged"), r.Unchanged), (new UserText("错误行", "Rejected"), r.Rejected), (new UserText("随户变更的学生", "Students changed"), r.StudentsChanged)],
        r.DryRun, r.Stored, r.Errors);
}
