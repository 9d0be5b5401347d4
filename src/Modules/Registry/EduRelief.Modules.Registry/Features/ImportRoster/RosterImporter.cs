using System.Globalization;
using EduRelief.BuildingBlocks.Locking;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.BuildingBlocks.Persistence.Bulk;
using EduRelief.BuildingBlocks.Upload;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Domain;
using EduRelief.Modules.Registry.Features.ImportHouseholds;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EduRelief.Modules.Registry.Features.ImportRoster;

/// <summary>
/// Imports the national student-aid system's roster export: new students are registered, known ones updated with
/// history, nobody duplicated. The file is read as it arrives and new rows are written with prepared statements in
/// one transaction, so 100,000 rows take seconds and a million fit in flat memory.
/// </summary>
internal sealed class RosterImporter(
    RegistryDbContext db,
    HouseholdReconciler households,
    ICallerContext caller,
    TimeProvider time,
    CountyClock county,
    IOptions<RegistryOptions> options,
    IDistributedLock locks)
{
    private const int LookupChunk = 1_000;

    /// <summary>Imports queue, on one Host or many, instead of racing each other to register the same students.</summary>
    public async Task<RosterImportResult> ImportAsync(UploadedFile file, bool dryRun, bool partial, CancellationToken cancellationToken)
    {
        await using (await locks.AcquireAsync(RegistryLocks.BulkStudentChanges, cancellationToken))
        {
            return await ImportOneAsync(file, dryRun, partial, cancellationToken);
        }
    }

    private async Task<RosterImportResult> ImportOneAsync(UploadedFile file, bool dryRun, bool partial, CancellationToken cancellationToken)
    {
        await using var table = await file.OpenAsync(options.Value.MaxImportBytes, cancellationToken);
        var row = new List<string>();
        try
        {
            var header = await ReadHeaderAsync(table, row, cancellationToken);
            var schools = await db.Schools.AsNoTracking().InScope(caller.Scope).ToDictionaryAsync(s => s.Code, s => s.Id, StringComparer.Ordinal, cancellationToken);
            var now = time.GetUtcNow();
            var source = $"roster-import:{now:yyyyMMddHHmmss}:{caller.UserName}";
            var run = new RosterImportRun(header, schools, source, now, county.Today);

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            using (var writer = new RosterWriter(db, now))
            {
                while (await table.TryReadRowAsync(row, cancellationToken))
                {
                    if (row.TrueForAll(string.IsNullOrWhiteSpace))
                    {
                        // A blank line, or an empty row a spreadsheet saved as bare commas.
                        continue;
                    }

                    await ImportRowAsync(run, writer, row, table.RowNumber, cancellationToken);
                }

                await ApplyPendingAsync(run, writer, cancellationToken);
                writer.Flush();
            }

            if (run.Rows == 0)
            {
                throw ValidationFailedException.For("file", new UserText("只有表头行，没有学生数据", "has a header row but no students"));
            }

            var stored = !dryRun && (run.Rejected == 0 || partial);
            if (stored)
            {
                await households.ReconcileAsync(run.NewStudentsHouseholds, source: null, now, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                if (run.Accepted >= BulkWriter.DefaultChunkRows)
                {
                    await db.RefreshStatisticsAsync(cancellationToken, typeof(Student), typeof(StudentCategoryPeriod), typeof(BuildingBlocks.Outbox.OutboxMessage));
                }
            }
            else
            {
                await transaction.RollbackAsync(cancellationToken);
            }

            return new RosterImportResult(run.Accepted, run.Updated, run.Unchanged, run.Rejected, dryRun, stored, [.. run.Errors.OrderBy(e => e.Line)]);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static async Task<RosterHeader> ReadHeaderAsync(UploadTable table, List<string> row, CancellationToken cancellationToken)
    {
        if (!await table.TryReadRowAsync(row, cancellationToken) || row.All(string.IsNullOrWhiteSpace))
        {
            throw ValidationFailedException.For("file", CommonTexts.EmptyFile());
        }

        return RosterHeader.Parse(row);
    }

    private async Task ImportRowAsync(RosterImportRun run, RosterWriter writer, List<string> row, int line, CancellationToken cancellationToken)
    {
        run.Rows++;
        var valid = RosterRowParser.Parse(run.Header, row, line, run.Today, run.Errors);
        if (valid is null)
        {
            run.Reject();
            return;
        }

        if (!run.Schools.TryGetValue(valid.SchoolCode, out var schoolId))
        {
            run.Reject(line, RosterColumn.SchoolCode, RegistryText.NoSchool(valid.SchoolCode));
            return;
        }

        var key = long.Parse(valid.NationalId.Value.AsSpan(0, 17), CultureInfo.InvariantCulture);
        if (!run.LinesById.TryAdd(key, line))
        {
            run.Reject(line, RosterColumn.NationalId, CommonTexts.SameNationalIdOnLine(run.LinesById[key]));
            return;
        }

        run.Pending.Add(new PendingRow(line, valid, schoolId));
        if (run.Pending.Count >= LookupChunk)
        {
            await ApplyPendingAsync(run, writer, cancellationToken);
        }
    }

    private async Task ApplyPendingAsync(RosterImportRun run, RosterWriter writer, CancellationToken cancellationToken)
    {
        var known = await writer.FindExistingAsync([.. run.Pending.Select(p => p.Row.NationalId.Value)], cancellationToken);
        foreach (var (line, valid, schoolId) in run.Pending)
        {
            var existing = known.GetValueOrDefault(valid.NationalId.Value);
            if (existing is not null && !run.InScopeSchoolIds.Contains(existing.SchoolId))
            {
                run.Reject(line, RosterColumn.NationalId, RegistryText.NotYoursToRegister());
            }
            else if (existing is null)
            {
                writer.Insert(valid, schoolId, run.Source);
                run.Accepted++;
                if (valid.HouseholdId is { } household)
                {
                    run.NewStudentsHouseholds.Add(household);
                }
            }
            else if (existing.Matches(valid, schoolId, run.Header))
            {
                run.Unchanged++;
            }
            else
            {
                await UpdateAsync(run, existing.Id, valid, schoolId, cancellationToken);
                run.Updated++;
            }
        }

        run.Pending.Clear();
    }

    private async Task UpdateAsync(RosterImportRun run, Guid studentId, ValidStudent row, Guid schoolId, CancellationToken cancellationToken)
    {
        var student = await db.Students
            .Include(s => s.School)
            .Include(s => s.CategoryPeriods.Where(p => p.EndedOn == null))
            .FirstAsync(s => s.Id == studentId, cancellationToken);
        var edit = new StudentEdit(student, run.Today, run.Source, run.Now);
        edit.Name(row.Name);
        edit.Grade(row.Grade);
        if (student.SchoolId != schoolId)
        {
            edit.School(await db.Schools.FirstAsync(s => s.Id == schoolId, cancellationToken));
        }

        ApplyOptionalColumns(run.Header, row, edit);
        edit.Complete();
        db.StudentChanges.AddRange(edit.Changes);
        foreach (var integrationEvent in edit.Events)
        {
            db.AddToOutbox(integrationEvent, run.Now);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>A column the file does not have leaves that field as it is.</summary>
    private static void ApplyOptionalColumns(RosterHeader header, ValidStudent row, StudentEdit edit)
    {
        if (header.Has(RosterColumn.Boarding))
        {
            edit.Boarding(row.Boarding);
        }

        if (header.Has(RosterColumn.HouseholdId))
        {
            edit.Household(row.HouseholdId);
        }

        if (header.Has(RosterColumn.Categories))
        {
            edit.Categories(CategoryMasks.ToList(row.CategoryMask));
        }

        if (header.Has(RosterColumn.LeftBehind))
        {
            edit.LeftBehind(row.LeftBehind);
        }

        if (header.Has(RosterColumn.DisabilityCategory))
        {
            edit.Disability(row.DisabilityCategory, row.DisabilityGrade);
        }

        if (header.HasGuardian)
        {
            edit.Guardian(row.Guardian);
        }

        if (header.HasAccount)
        {
            edit.Account(row.Account);
        }
    }
}
