using EduRelief.Modules.Subsidies.Data;
using EduRelief.Modules.Subsidies.Domain;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Localization;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.Shared;

internal static class BatchQueries
{
    /// <summary>The batch without its lines, which can be 100,000: read those by query.</summary>
    public static async Task<Batch> FindBatchAsync(this SubsidiesDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Batches.FirstOrDefaultAsync(b => b.Id == id, cancellationToken)
        ?? throw new NotFoundException("Batch", id.ToString());

    /// <param name="action">What the caller asked to do, as the refusal says it: "重算"/"rebuilt".</param>
    public static void EnsureDraft(this Batch batch, UserText action)
    {
        if (batch.Status != BatchStatus.Draft)
        {
            throw new ConflictException("status", new UserText(
                $"该批次为{StatusNames.Chinese(batch.Status)}状态；只有草稿批次才能{action.Chinese}",
                $"the batch is {batch.Status}; only a draft can be {action.English}"));
        }
    }
}
