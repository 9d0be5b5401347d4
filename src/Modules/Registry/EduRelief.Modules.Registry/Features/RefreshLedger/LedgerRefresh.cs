using System.Security.Cryptography;
using EduRelief.BuildingBlocks.Locking;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.BuildingBlocks.Upload;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Domain;
using EduRelief.Modules.Registry.Features.ImportHouseholds;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace EduRelief.Modules.Registry.Features.RefreshLedger;

/// <summary>
/// The recurring ledger refresh (动态管理): applies the newest household list dropped in the inbox (once per file
/// content), reconciles every student with their household, and rebuilds each student file's summary.
/// Every step compares before it writes, so a second run with nothing new changes nothing.
/// </summary>
internal sealed class LedgerRefresh(
    RegistryDbContext db,
    HouseholdListImporter households,
    HouseholdReconciler reconciler,
    StudentFileSummaryRebuilder summaries,
    IOptions<RegistryOptions> options,
    IConfiguration configuration,
    TimeProvider time,
    CountyClock county,
    IDistributedLock locks)
{
    /// <summary>Two overlapping runs, on one Host or two, take turns; each step is idempotent, so the second finds nothing to do.</summary>
    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        await using (await locks.AcquireAsync(RegistryLocks.BulkStudentChanges, cancellationToken))
        {
            var started = time.GetUtcNow();
            var report = new List<string> { await ApplyNewestHouseholdListAsync(cancellationToken) };
            var reconciled = await reconciler.ReconcileAsync(null, $"ledger-refresh:{county.Today:yyyy-MM-dd}", started, cancellationToken);
            report.Add(new UserText($"{reconciled} 名学生与其家庭类别对齐", $"{reconciled} student(s) brought in line with their household"));
            var rebuilt = await summaries.RebuildAsync(started, cancellationToken);
            report.Add(new UserText($"重建 {rebuilt} 份学生档案摘要", $"{rebuilt} student file summar{(rebuilt == 1 ? "y" : "ies")} rebuilt"));

            var text = string.Join(UserLanguage.IsEnglish ? "; " : "；", report);
            db.LedgerRefreshRuns.Add(new LedgerRefreshRun { StartedAt = started, FinishedAt = time.GetUtcNow(), Report = text });
            await db.SaveChangesAsync(cancellationToken);
            return text;
        }
    }

    private static bool IsHouseholdList(FileInfo file) =>
        file.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) || file.Extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase);

    private async Task<string> ApplyNewestHouseholdListAsync(CancellationToken cancellationToken)
    {
        var inbox = HouseholdInbox();
        var newest = new DirectoryInfo(inbox).EnumerateFiles().Where(IsHouseholdList).OrderByDescending(f => f.LastWriteTimeUtc).ThenByDescending(f => f.Name).FirstOrDefault();
        if (newest is null)
        {
            return new UserText("收件目录中没有户名单", "no household list in the inbox");
        }

        var hash = Convert.ToHexString(await HashAsync(newest, cancellationToken));
        if (await db.ProcessedHouseholdFiles.AnyAsync(f => f.Sha256 == hash, cancellationToken))
        {
            return new UserText($"户名单 {newest.Name} 已应用过", $"household list {newest.Name} already applied");
        }

        string outcome;
        try
        {
            await using var stream = newest.OpenRead();
            var result = await households.ImportAsync(new UploadedFile(stream, FileName: newest.Name), newest.Name, dryRun: false, partial: true, cancellationToken);
            outcome = new UserText(
                    $"户名单 {newest.Name}：{result.Changed} 项家庭类别变更，{result.StudentsChanged} 名学生随之更新，{result.Rejected} 行有误",
                    $"household list {newest.Name}: {result.Changed} household categor{(result.Changed == 1 ? "y" : "ies")} changed, "
                    + $"{result.StudentsChanged} student(s) followed, {result.Rejected} bad line(s)")
                + string.Concat(result.Errors.Take(5).Select(e => new UserText($" [第 {e.Line} 行 {e.Field}：{e.Message}]", $" [line {e.Line} {e.Field}: {e.Message}]").ToString()));
        }
        catch (SharedKernel.Errors.ValidationFailedException ex)
        {
            var reasons = string.Join(", ", ex.Errors.SelectMany(e => e.Value.Select(m => $"{e.Key} {m}")));
            outcome = new UserText($"户名单 {newest.Name} 被拒绝：{reasons}", $"household list {newest.Name} refused: {reasons}");
        }

        db.ProcessedHouseholdFiles.Add(new ProcessedHouseholdFile { Sha256 = hash, FileName = newest.Name, ProcessedAt = time.GetUtcNow(), Outcome = outcome });
        await db.SaveChangesAsync(cancellationToken);
        return outcome;
    }

    private string HouseholdInbox()
    {
        var path = Path.Combine(ModuleDatabaseRegistration.DataDirectory(configuration), options.Value.HouseholdInbox);
        Directory.CreateDirectory(path);
        return path;
    }

    private static async Task<byte[]> HashAsync(FileInfo file, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenRead();
        return await SHA256.HashDataAsync(stream, cancellationToken);
    }
}
