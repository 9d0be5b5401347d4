using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.Subsidies.Data;
using EduRelief.Modules.Subsidies.Domain;
using EduRelief.Modules.Subsidies.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.FollowRegistryChanges;

/// <summary>
/// A change to a student in the registry puts their lines in open drafts up for review (approval waits for a
/// rebuild). Approved batches are never changed silently: the change is for the next batch to reflect.
/// </summary>
internal static class DraftLineReview
{
    /// <summary>Runs in the receiver's transaction, which holds every draft it marks until it commits.</summary>
    public static async Task MarkAsync(SubsidiesDbContext db, Guid studentId, string note, CancellationToken cancellationToken)
    {
        var drafts = await db.Batches
            .Where(b => b.Status == BatchStatus.Draft && db.BatchLines.Any(l => l.BatchId == b.Id && l.StudentId == studentId && l.Status == LineStatus.Pending))
            .ToListAsync(cancellationToken);

        // In one order for every receiver, so two receivers each holding one of the student's drafts never wait on each other.
        foreach (var draft in drafts.OrderBy(b => b.Id))
        {
            await db.Database.LockAsync(BatchLocks.Of(draft), cancellationToken);
            await db.Entry(draft).ReloadAsync(cancellationToken);
        }

        // Read again under the locks: an approval may have taken a draft meanwhile, a rebuild replaced its lines.
        var held = drafts.Where(b => b.Status == BatchStatus.Draft).Select(b => b.Id).ToHashSet();
        var lines = await db.BatchLines
            .Where(l => l.StudentId == studentId && l.Status == LineStatus.Pending)
            .Join(db.Batches.Where(b => b.Status == BatchStatus.Draft), l => l.BatchId, b => b.Id, (l, _) => l)
            .ToListAsync(cancellationToken);
        foreach (var line in lines.Where(l => held.Contains(l.BatchId)))
        {
            line.Status = LineStatus.NeedsReview;
            line.Note = note;
        }
    }
}
