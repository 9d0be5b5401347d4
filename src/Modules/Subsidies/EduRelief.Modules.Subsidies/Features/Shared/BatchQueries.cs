using EduRelief.Modules.Subsidies.Data;
using EduRelief.Modules.Subsidies.Domain;
using EduRelief.SharedKernel.Errors;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.Shared;

internal static class BatchQueries
{
    /// <summary>The batch without its lines, which can be 100,000: read those by query.</summary>
    public static async Task<Batch> FindBatchAsync(this SubsidiesDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Batches.FirstOrDefaultAsync(b => b.Id == id, cancellationToken)
        ?? throw new NotFoundException("Batch", id.ToString());
}
