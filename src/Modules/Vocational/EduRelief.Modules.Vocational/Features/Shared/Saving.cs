using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.Vocational.Data;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Localization;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Vocational.Features.Shared;

internal static class Saving
{
    /// <summary>Saves; a natural key taken meanwhile is a 409 with <paramref name="taken"/>, a record changed meanwhile a 409 asking to try again.</summary>
    public static async Task SaveOrConflictAsync(this VocationalDbContext db, string field, UserText taken, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(field, new UserText("记录已被他人同时修改，请重试", "the record was changed meanwhile; try again"));
        }
        catch (DbUpdateException ex) when (UniqueViolation.Caused(ex))
        {
            throw new ConflictException(field, taken);
        }
    }
}
