using EduRelief.Contracts.Registry;
using EduRelief.Modules.Subsidies.Data;
using EduRelief.Modules.Subsidies.Domain;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Primitives;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.GetBatch;

/// <summary>A batch with its lines; township and school staff see only the lines of their students, IDs and account numbers masked.</summary>
internal sealed class GetBatchHandler(SubsidiesDbContext db, ICallerContext caller, IMediator mediator) : IRequestHandler<GetBatchQuery, BatchResponse>
{
    public async Task<BatchResponse> Handle(GetBatchQuery request, CancellationToken cancellationToken)
    {
        var batch = await db.Batches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == request.BatchId, cancellationToken)
            ?? throw new NotFoundException("Batch", request.BatchId.ToString());
        var lines = db.BatchLines.AsNoTracking().Where(l => l.BatchId == batch.Id);
        if (!caller.Scope.All)
        {
            var townships = caller.Scope.TownshipCodes.ToList();
            var schools = caller.Scope.SchoolCodes.ToList();
            lines = lines.Where(l => townships.Contains(l.TownshipCode) || schools.Contains(l.SchoolCode));
        }

        var byStatus = await lines.GroupBy(l => l.Status).Select(g => new { g.Key, Count = g.Count(), Amount = g.Sum(l => l.Amount) }).ToListAsync(cancellationToken);
        var page = await (
                from l in lines.OrderBy(l => l.Id).Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
                join a in db.LineAccounts on l.Id equals a.BatchLineId into stamped
                from a in stamped.DefaultIfEmpty()
                orderby l.Id
                select new { Line = l, Account = a })
            .ToListAsync(cancellationToken);

        // A draft shows the account each line would be paid into, as the Registry holds it now, so a missing one can
        // be recorded before approval holds the line back; from approval on, the account stamped on the line.
        var onFile = batch.Status == BatchStatus.Draft && page.Count > 0
            ? await mediator.Send(new GetPaymentAccountsQuery([.. page.Select(p => p.Line.StudentId)]), cancellationToken)
            : null;
        var accounts = page.ToDictionary(
            p => p.Line.Id,
            p => p.Account ?? (onFile?.GetValueOrDefault(p.Line.StudentId) is { } held ? new LineAccount { BatchLineId = p.Line.Id, Holder = held.Holder, Bank = held.Bank, Number = held.Number } : null));
        return new BatchResponse(
            batch.Id,
            batch.Programme,
            batch.Term,
            batch.Status.ToString(),
            batch.CreatedBy,
            batch.CreatedAt,
            batch.ApprovedBy,
            batch.ApprovedAt,
            byStatus.Where(s => s.Key is not (LineStatus.Excluded or LineStatus.NeedsAccount)).Sum(s => s.Amount),
            byStatus.ToDictionary(s => s.Key.ToString(), s => s.Count),
            new PagedResult<BatchLineResponse>
            {
                Items = page.Select(p => (l: p.Line, a: accounts[p.Line.Id])).Select(p => new BatchLineResponse(
                    p.l.StudentId,
                    caller.CanSeeFullNationalIds ? p.l.NationalId : NationalId.Mask(p.l.NationalId),
                    p.l.Name,
                    p.l.SchoolCode,
                    p.l.TownshipCode,
                    p.l.Amount,
                    p.l.Rule,
                    p.l.Status.ToString(),
                    p.l.Note,
                    p.l.BankReference,
                    BatchLineReference.Of(p.l.Id),
                    p.a?.Holder,
                    p.a?.Bank,
                    p.a is null ? null : caller.CanSeeFullNationalIds ? p.a.Number : AccountNumber.Mask(p.a.Number))).ToList(),
                Page = request.Page,
                PageSize = request.PageSize,
                Total = byStatus.Sum(s => s.Count),
            });
    }
}
