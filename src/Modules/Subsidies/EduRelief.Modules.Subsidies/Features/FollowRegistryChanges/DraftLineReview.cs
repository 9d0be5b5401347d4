using EduRelief.Modules.Subsidies.Data;
using EduRelief.Modules.Subsidies.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.FollowRegistryChanges;

/// <summary>
/// A change to a student in the registry puts their lines in open drafts up for review (approval waits for a
/// rebuild). Approved batches are never changed silently: the change is for the next batch to reflect.
/// </summary>
internal static class DraftLineReview
{
    public static async Task MarkAsync(SubsidiesDbContext db, Guid studentId, string note, CancellationToken cancellationToken)
    {
        var lines = await db.BatchLines
            .Where(l => l.StudentId == studentId && (l.Status == LineStatus.Pending || l.Status == LineStatus.Excluded))
            .Join(db.Batches.Where(b => b.Status == BatchStatus.Draft), l => l.BatchId, b => b.Id, (l, _) => l)
            .ToListAsync(cancellationToken);
        foreach (var line in lines.Where(l => l.Status == LineStatus.Pending))
        {
            line.Status = LineStatus.NeedsReview;
            line.Note = note;
        }
    }
}
