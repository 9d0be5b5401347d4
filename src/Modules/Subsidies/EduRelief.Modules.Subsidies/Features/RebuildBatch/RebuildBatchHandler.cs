using EduRelief.Modules.Subsidies.Data;
using EduRelief.Modules.Subsidies.Domain;
using EduRelief.Modules.Subsidies.Features.Shared;
using EduRelief.SharedKernel.Primitives;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.RebuildBatch;

/// <summary>Recomputes a draft from the registry as it is now, keeping the exclusions staff made (and their reasons).</summary>
internal sealed class RebuildBatchHandler(SubsidiesDbContext db, BatchCalculator calculator, TimeProvider time) : IRequestHandler<RebuildBatchCommand, Unit>
{
    public async Task<Unit> Handle(RebuildBatchCommand request, CancellationToken cancellationToken)
    {
        var batch = await db.LoadBatchAsync(request.BatchId, cancellationToken);
        batch.EnsureDraft("rebuilt");
        var exclusions = batch.Lines.Where(l => l.Status == LineStatus.Excluded).ToDictionary(l => l.StudentId, l => l.Note ?? string.Empty);
        var programme = await db.Programmes.Include(p => p.Rates).ThenInclude(r => r.Lines).FirstAsync(p => p.Code == batch.Programme, cancellationToken);
        var term = Term.Parse(batch.Term);
        var rate = programme.RateFor(term.StartsOn)!;

        db.BatchLines.RemoveRange(batch.Lines);
        await db.SaveChangesAsync(cancellationToken);
        batch.Lines.Clear();
        batch.RateId = rate.Id;
        batch.ComputedAt = time.GetUtcNow();
        batch.Version++;
        await calculator.FillAsync(batch, programme, rate, term, exclusions, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
