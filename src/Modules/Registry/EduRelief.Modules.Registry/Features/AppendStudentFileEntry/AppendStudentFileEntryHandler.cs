using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Domain;
using EduRelief.SharedKernel.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.AppendStudentFileEntry;

/// <summary>Idempotent per source reference: the unique index decides, so two racing deliveries still append once.</summary>
internal sealed class AppendStudentFileEntryHandler(RegistryDbContext db, TimeProvider time)
    : IRequestHandler<AppendStudentFileEntryCommand, AppendStudentFileEntryResult>
{
    public async Task<AppendStudentFileEntryResult> Handle(AppendStudentFileEntryCommand request, CancellationToken cancellationToken)
    {
        if (await FindAsync(request, cancellationToken) is { } existing)
        {
            return new AppendStudentFileEntryResult { EntryId = existing, Appended = false };
        }

        if (!await db.Students.AnyAsync(s => s.Id == request.StudentId, cancellationToken))
        {
            throw new NotFoundException("Student", request.StudentId.ToString());
        }

        var entry = new StudentFileEntry
        {
            StudentId = request.StudentId,
            SourceModule = request.SourceModule,
            SourceReference = request.SourceReference,
            Kind = request.Kind,
            Title = request.Title,
            OccurredOn = request.OccurredOn,
            Amount = request.Amount,
            Details = request.Details,
            RecordedAt = time.GetUtcNow(),
        };
        db.FileEntries.Add(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new AppendStudentFileEntryResult { EntryId = entry.Id, Appended = true };
        }
        catch (DbUpdateException ex) when (UniqueViolation.Caused(ex))
        {
            db.Entry(entry).State = EntityState.Detached;
            var id = await FindAsync(request, cancellationToken) ?? throw new InvalidOperationException("Constraint failed without a matching entry.", ex);
            return new AppendStudentFileEntryResult { EntryId = id, Appended = false };
        }
    }

    private async Task<long?> FindAsync(AppendStudentFileEntryCommand request, CancellationToken cancellationToken) =>
        await db.FileEntries
            .Where(e => e.SourceModule == request.SourceModule && e.SourceReference == request.SourceReference)
            .Select(e => (long?)e.Id)
            .FirstOrDefaultAsync(cancellationToken);
}
