using EduRelief.BuildingBlocks.Persistence.Bulk;
using EduRelief.BuildingBlocks.Upload;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Domain;
using EduRelief.Modules.Registry.Features.ImportRoster;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EduRelief.Modules.Registry.Features.ImportHouseholds;

/// <summary>
/// Applies the poverty data platform's household list: each household category starts or ends on its date, and
/// the students of that household follow, with history naming the list as the source.
/// </summary>
internal sealed class HouseholdListImporter(RegistryDbContext db, HouseholdReconciler reconciler, TimeProvider time, IOptions<RegistryOptions> options)
{
    private const int ChunkSize = 2_000;

    public async Task<HouseholdListResult> ImportAsync(UploadedFile file, string sourceName, bool dryRun, bool partial, CancellationToken cancellationToken)
    {
        await using var table = await file.OpenAsync(options.Value.MaxImportBytes, cancellationToken);
        var row = new List<string>();
        var errors = new List<RosterRowError>();
        var rows = new Dictionary<(string, Contracts.Registry.HardshipCategory), HouseholdListRow>();
        var rejected = 0;
        var positions = await HouseholdListParser.ReadHeaderAsync(table, row, cancellationToken);
        while (await table.TryReadRowAsync(row, cancellationToken))
        {
            if (row.TrueForAll(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (HouseholdListParser.Parse(positions, row, table.RowNumber, errors) is { } parsed)
            {
                // A later line about the same household and category is the newer word.
                rows[(parsed.HouseholdId, parsed.Category)] = parsed;
            }
            else
            {
                rejected++;
            }
        }

        if (rows.Count == 0 && rejected == 0)
        {
            throw ValidationFailedException.For("file", new UserText("只有表头行，没有户数据", "has a header row but no households"));
        }

        var now = time.GetUtcNow();
        var source = $"household-list:{sourceName}";
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (changed, unchanged, affected) = await ApplyAsync(rows.Values, source, now, cancellationToken);
        var studentsChanged = await reconciler.ReconcileAsync(affected, source, now, cancellationToken);
        var stored = !dryRun && (rejected == 0 || partial);
        if (stored)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        else
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return new HouseholdListResult(changed, unchanged, rejected, studentsChanged, dryRun, stored, errors);
    }

    /// <summary>
    /// Applies the rows a chunk at a time, each chunk's standings loaded, changed, saved and let go, so a list of a
    /// whole province's households runs in flat memory. A household new to the county is written by the bulk writer,
    /// not tracked: the first list a county loads is all new households.
    /// </summary>
    private async Task<(int Changed, int Unchanged, HashSet<string> Affected)> ApplyAsync(
        IEnumerable<HouseholdListRow> rows, string source, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var affected = new HashSet<string>(StringComparer.Ordinal);
        var changed = 0;
        var unchanged = 0;
        using var bulk = new BulkWriter(db);
        var added = bulk.Table<HouseholdCategory>();
        foreach (var chunk in rows.Chunk(ChunkSize))
        {
            var households = chunk.Select(r => r.HouseholdId).Distinct(StringComparer.Ordinal).ToArray();
            var known = await db.HouseholdCategories
                .Where(h => EF.Parameter(households).Contains(h.HouseholdId))
                .ToDictionaryAsync(h => (h.HouseholdId, h.Category), cancellationToken);
            foreach (var row in chunk)
            {
                if (known.TryGetValue((row.HouseholdId, row.Category), out var current))
                {
                    if (current.Status == row.Status && current.EffectiveOn == row.EffectiveOn)
                    {
                        unchanged++;
                        continue;
                    }

                    current.Status = row.Status;
                    current.EffectiveOn = row.EffectiveOn;
                    current.Source = source;
                    current.UpdatedAt = now;
                }
                else
                {
                    added.Add(new HouseholdCategory
                    {
                        HouseholdId = row.HouseholdId,
                        Category = row.Category,
                        Status = row.Status,
                        EffectiveOn = row.EffectiveOn,
                        Source = source,
                        UpdatedAt = now,
                    });
                }

                changed++;
                affected.Add(row.HouseholdId);
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        bulk.Flush();
        return (changed, unchanged, affected);
    }
}
