using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Contracts.Subsidies;
using EduRelief.Modules.Subsidies.Data;
using EduRelief.Modules.Subsidies.Domain;
using EduRelief.Modules.Subsidies.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Primitives;
using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.CreateBatch;

internal sealed class CreateBatchHandler(SubsidiesDbContext db, BatchCalculator calculator, ICallerContext caller, TimeProvider time)
    : IRequestHandler<CreateBatchCommand, Guid>
{
    public async Task<Guid> Handle(CreateBatchCommand request, CancellationToken cancellationToken)
    {
        var code = EnumCodes.Parse<ProgrammeCode>(request.ProgrammeCode!);
        var term = Term.Parse(request.Term!);
        var programme = await db.Programmes.Include(p => p.Rates).ThenInclude(r => r.Lines).FirstAsync(p => p.Code == code, cancellationToken);
        var rate = programme.RateFor(term.StartsOn)
            ?? throw ValidationFailedException.For("term", new UserText(
                $"{code} 在 {term}（{term.StartsOn:yyyy-MM-dd} 开始）没有执行中的资助标准",
                $"{code} has no rate in force for {term} (starting {term.StartsOn:yyyy-MM-dd})"));
        var termText = term.ToString();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Batches.AnyAsync(b => b.Programme == code && b.Term == termText && b.Status == BatchStatus.Draft, cancellationToken))
        {
            throw DraftExists(code, term);
        }

        var now = time.GetUtcNow();
        var batch = Batch.Draft(code, term, rate.Id, caller.UserName, now, TimeOrderedId.Next(now));
        db.Batches.Add(batch);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Caused(ex))
        {
            throw DraftExists(code, term);
        }

        var lines = await calculator.FillAsync(batch, programme, rate, term, new Dictionary<Guid, string>(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await BatchCalculator.AfterBulkWriteAsync(db, lines, cancellationToken);
        return batch.Id;
    }

    private static ConflictException DraftExists(ProgrammeCode code, Term term) =>
        new("term", new UserText($"{code} 在 {term} 已有草稿批次；请重算或审批该批次", $"a draft batch of {code} for {term} already exists; rebuild or approve it"));
}
