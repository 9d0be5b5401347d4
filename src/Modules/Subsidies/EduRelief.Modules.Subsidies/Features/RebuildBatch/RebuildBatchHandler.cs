using EduRelief.BuildingBlocks.Periods;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.Subsidies.Data;
using EduRelief.Modules.Subsidies.Domain;
using EduRelief.Modules.Subsidies.Features.Shared;
using EduRelief.SharedKernel.Primitives;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.RebuildBatch;

/// <summary>Recomputes a draft from the registry as it is now, keeping the exclusions staff made (and their reasons).</summary>
internal sealed class RebuildBatchHandler(SubsidiesDbContext db, BatchCalculator calculator, TimeProvider time, PeriodGuard periods) : IRequestHandler<RebuildBatchCommand, Unit>
{
    public async Task<Unit> Handle(RebuildBatchCommand request, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var batch = await db.FindBatchAsync(request.BatchId, cancellationToken);
        await periods.EnsureOpenAsync("term", batch.Year, cancellationToken);
        await db.Database.LockAsync(BatchLocks.Of(batch), cancellationToken);
        await db.Entry(batch).ReloadAsync(cancellationToken);
        var programme = await db.Programmes.Include(p => p.Rates).ThenInclude(r => r.Lines).FirstAsync(p => p.Code == batch.Programme, cancellationToken);
        var term = Term.Parse(batch.Term);
        var rate = programme.RateFor(term.StartsOn)!;
        batch.Recomputed(rate.Id, time.GetUtcNow());

        var exclusions = await db.BatchLines
            .Where(l => l.BatchId == batch.Id && l.Status == LineStatus.Excluded)
            .ToDictionaryAsync(l => l.StudentId, l => l.Note ?? string.Empty, cancellationToken);
        await db.BatchLines.Where(l => l.BatchId == batch.Id).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var lines = await calculator.FillAsync(batch, programme, rate, term, exclusions, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await BatchCalculator.AfterBulkWriteAsync(db, lines, cancellationToken);
        return Unit.Value;
    }
}
