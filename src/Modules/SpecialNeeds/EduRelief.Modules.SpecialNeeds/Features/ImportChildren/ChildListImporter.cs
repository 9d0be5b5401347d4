using EduRelief.BuildingBlocks.Locking;
using EduRelief.BuildingBlocks.Upload;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.SpecialNeeds.Data;
using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Primitives;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EduRelief.Modules.SpecialNeeds.Features.ImportChildren;

/// <summary>
/// Applies the federation's list to the register: a child new to it is added, one already on it takes the list's
/// word. Every bad row is reported with its line and column; townships and villages are checked against the Registry
/// (a township outside the caller's scope is refused as a row, too). Imports take turns on a database lock.
/// </summary>
internal sealed class ChildListImporter(
    SpecialNeedsDbContext db, IMediator mediator, ICallerContext caller, IDistributedLock locks, CountyClock county, TimeProvider time, IOptions<SpecialNeedsOptions> options)
{
    public const string LockName = "special-needs:register-import";

    private const int ChunkSize = 1_000;

    public async Task<ChildImportResult> ImportAsync(UploadedFile file, bool dryRun, bool partial, CancellationToken cancellationToken)
    {
        var errors = new List<ChildRowError>();
        var rows = await ReadAsync(file, errors, cancellationToken);
        var rejectedLines = errors.Select(e => e.Line).ToHashSet();
        var good = await CheckPlacesAsync(rows, errors, rejectedLines, cancellationToken);
        var rejected = errors.Select(e => e.Line).Distinct().Count();

        await using var held = await locks.AcquireAsync(LockName, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (accepted, updated, unchanged) = await ApplyAsync(good, cancellationToken);
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

        return new ChildImportResult(accepted, updated, unchanged, rejected, dryRun, stored, errors.OrderBy(e => e.Line).ToList());
    }

    private async Task<List<ParsedChildRow>> ReadAsync(UploadedFile file, List<ChildRowError> errors, CancellationToken cancellationToken)
    {
        await using var table = await file.OpenAsync(options.Value.MaxImportBytes, cancellationToken);
        var cells = new List<string>();
        if (!await table.TryReadRowAsync(cells, cancellationToken) || cells.TrueForAll(string.IsNullOrWhiteSpace))
        {
            throw ValidationFailedException.For("file", CommonTexts.EmptyFile());
        }

        var header = ChildListHeader.Parse(cells);
        var rows = new List<ParsedChildRow>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var any = false;
        while (await table.TryReadRowAsync(cells, cancellationToken))
        {
            if (cells.TrueForAll(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            any = true;
            if (ChildListParser.Parse(header, cells, table.RowNumber, errors) is not { } row)
            {
                continue;
            }

            if (lines.TryGetValue(row.Details.NationalId, out var first))
            {
                errors.Add(new ChildRowError(row.Line, header.HeaderOf(ChildListColumn.NationalId), CommonTexts.SameNationalIdOnLine(first)));
                continue;
            }

            lines[row.Details.NationalId] = row.Line;
            rows.Add(row);
        }

        if (!any)
        {
            throw ValidationFailedException.For("file", new UserText("只有表头行，没有儿童数据", "has a header row but no children"));
        }

        return rows;
    }

    private async Task<List<ChildDetails>> CheckPlacesAsync(List<ParsedChildRow> rows, List<ChildRowError> errors, HashSet<int> rejectedLines, CancellationToken cancellationToken)
    {
        var townships = rows.Select(r => r.Details.TownshipCode).Distinct(StringComparer.Ordinal).ToList();
        var unknown = (await mediator.Send(new FindUnknownPlacesQuery(townships, []), cancellationToken)).TownshipCodes.ToHashSet(StringComparer.Ordinal);
        var villages = rows.Any(r => r.Details.VillageCode is not null)
            ? (await mediator.Send(new ListVillagesQuery(), cancellationToken)).ToDictionary(v => v.Code, v => v.TownshipCode, StringComparer.Ordinal)
            : [];
        var good = new List<ChildDetails>();
        foreach (var row in rows)
        {
            var d = row.Details;
            UserText? problem = unknown.Contains(d.TownshipCode) ? SpecialNeedsText.NoTownship(d.TownshipCode)
                : !caller.Scope.IncludesTownship(d.TownshipCode) ? new UserText($"乡镇 {d.TownshipCode} 不在您的管辖范围内", $"township {d.TownshipCode} is outside your scope")
                : null;
            if (problem is not null)
            {
                errors.Add(new ChildRowError(row.Line, "township_code", problem));
            }

            UserText? villageProblem = d.VillageCode is not { } village ? null
                : !villages.TryGetValue(village, out var of) ? SpecialNeedsText.NoVillage(village)
                : of != d.TownshipCode ? SpecialNeedsText.VillageElsewhere(village, of)
                : null;
            if (villageProblem is not null)
            {
                errors.Add(new ChildRowError(row.Line, "village_code", villageProblem));
            }

            if (problem is null && villageProblem is null)
            {
                good.Add(d);
            }
        }

        return good;
    }

    /// <summary>A chunk at a time: its entries loaded, changed or added, saved and let go, so a whole list runs in flat memory.</summary>
    private async Task<(int Accepted, int Updated, int Unchanged)> ApplyAsync(List<ChildDetails> rows, CancellationToken cancellationToken)
    {
        var (accepted, updated, unchanged) = (0, 0, 0);
        var today = county.Today;
        foreach (var chunk in rows.Chunk(ChunkSize))
        {
            var ids = chunk.Select(r => r.NationalId).ToArray();
            var known = await db.Children.Where(c => ids.Contains(c.NationalId)).ToDictionaryAsync(c => c.NationalId, StringComparer.Ordinal, cancellationToken);
            foreach (var row in chunk)
            {
                if (known.TryGetValue(row.NationalId, out var child))
                {
                    if (!caller.Scope.IncludesTownship(child.TownshipCode))
                    {
                        // The child is on another township's register: taken as unchanged rather than moved out of its keeper's sight.
                        unchanged++;
                    }
                    else if (child.Update(row))
                    {
                        updated++;
                    }
                    else
                    {
                        unchanged++;
                    }
                }
                else
                {
                    db.Children.Add(DisabledChild.Register(TimeOrderedId.Next(time.GetUtcNow()), row, today));
                    accepted++;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return (accepted, updated, unchanged);
    }
}
