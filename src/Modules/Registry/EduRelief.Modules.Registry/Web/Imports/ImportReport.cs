using EduRelief.Modules.Registry.Features.ImportHouseholds;
using EduRelief.Modules.Registry.Features.ImportRoster;
using EduRelief.SharedKernel.Localization;
using EduRelief.Web.Uploads;

namespace EduRelief.Modules.Registry.Web.Imports;

/// <summary>What either kind of Registry import said, as the console's import shows it.</summary>
internal static class ImportReport
{
    public static ImportSummary Of(RosterImportResult r) => new(
        [(new UserText("新增", "New"), r.Accepted), (new UserText("更新", "Updated"), r.Updated), (new UserText("未变", "Unchanged"), r.Unchanged), (new UserText("错误行", "Rejected"), r.Rejected)],
        r.DryRun, r.Stored, Rows(r.Errors));

    public static ImportSummary Of(HouseholdListResult r) => new(
        [(new UserText("变更", "Changed"), r.Changed), (new UserText("未变", "Unchanged"), r.Unchanged), (new UserText("错误行", "Rejected"), r.Rejected), (new UserText("随户变更的学生", "Students changed"), r.StudentsChanged)],
        r.DryRun, r.Stored, Rows(r.Errors));

    private static List<ImportRowProblem> Rows(IReadOnlyList<RosterRowError> errors) => errors.Select(e => new ImportRowProblem(e.Line, e.Field, e.Message)).ToList();
}
