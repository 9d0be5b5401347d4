using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.DropoutControl.Data;
using EduRelief.Modules.DropoutControl.Domain;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.DropoutControl.Features.Shared;

/// <summary>Loading a case to change it, and saving it with its new steps queued for the student file in the same transaction.</summary>
internal static class CaseWrites
{
    /// <summary>The case with its current owners (no steps: those added later are the new ones), or a 404 also when outside the caller's scope.</summary>
    public static async Task<DropoutCase> RequireCaseAsync(this DropoutControlDbContext db, Guid id, ICallerContext caller, CancellationToken cancellationToken) =>
        (await db.Cases.Include(c => c.Owners.Where(o => o.To == null)).FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotFoundException("DropoutCase", id.ToString())).EnsureInScope(caller.Scope, "DropoutCase", id.ToString());

    /// <summary>Queues each new step for the student file, then saves; a change made meanwhile by someone else is a 409, a second open case too.</summary>
    public static async Task SaveCaseAsync(this DropoutControlDbContext db, DropoutCase kase, DateTimeOffset now, CancellationToken cancellationToken, params object[] alsoSend)
    {
        foreach (var step in kase.Steps)
        {
            db.AddToOutbox(StudentFileEntries.Of(kase, step), now);
        }

        foreach (var message in alsoSend)
        {
            db.AddToOutbox(message, now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new ConflictException("id", DropoutControlText.ChangedMeanwhile());
        }
        catch (DbUpdateException ex) when (UniqueViolation.Caused(ex))
        {
            db.ChangeTracker.Clear();
            var open = await db.Cases.AsNoTracking().Where(c => c.OpenStudentId == kase.StudentId).Select(c => c.Id).FirstOrDefaultAsync(cancellationToken);
            throw new ConflictException("nationalId", DropoutControlText.HasOpenCase(open));
        }
    }
}
