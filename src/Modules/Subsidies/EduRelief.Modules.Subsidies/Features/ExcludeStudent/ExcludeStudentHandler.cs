using EduRelief.BuildingBlocks.Periods;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.Subsidies.Data;
using EduRelief.Modules.Subsidies.Domain;
using EduRelief.Modules.Subsidies.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.ExcludeStudent;

internal sealed class ExcludeStudentHandler(SubsidiesDbContext db, PeriodGuard periods) : IRequestHandler<ExcludeStudentCommand, Unit>
{
    public async Task<Unit> Handle(ExcludeStudentCommand request, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var batch = await db.FindBatchAsync(request.BatchId, cancellationToken);
        await periods.EnsureOpenAsync("term", batch.Year, cancellationToken);
        await db.Database.LockAsync(BatchLocks.Of(batch), cancellationToken);
        await db.Entry(batch).ReloadAsync(cancellationToken);
        batch.StudentExcluded();
        var nationalId = request.NationalId!.Trim().ToUpperInvariant();
        var line = await db.BatchLines.FirstOrDefaultAsync(l => l.BatchId == batch.Id && l.NationalId == nationalId, cancellationToken)
            ?? throw ValidationFailedException.For("nationalId", new UserText("该学生不在本批次中", "this student is not in the batch"));
        line.Status = LineStatus.Excluded;
        line.Note = request.Reason!.Trim();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}
