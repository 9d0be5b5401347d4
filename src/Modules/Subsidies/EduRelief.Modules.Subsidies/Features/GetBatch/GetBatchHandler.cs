using EduRelief.Modules.Subsidies.Data;
using EduRelief.Modules.Subsidies.Domain;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Primitives;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.GetBatch;

/// <summary>A batch with its lines; township and school staff see only the lines of their students, IDs masked.</summary>
internal sealed class GetBatchHandler(SubsidiesDbContext db, ICallerContext caller) : IRequestHandler<GetBatchQuery, BatchResponse>
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
        var page = await lines.OrderBy(l => l.Id)
            .Skip((request.Page - 1) * request.PageSize)
            .Take(request.PageSize)
            .ToListAsync(cancellationToken);
        return new BatchResponse(
            batch.Id,
            batch.Programme,
            batch.Term,
            batch.Status.ToString(),
            batch.CreatedBy,
            batch.CreatedAt,
            batch.ApprovedBy,
            batch.ApprovedAt,
            byStatus.Where(s => s.Key != LineStatus.Excluded).Sum(s => s.Amount),
            byStatus.ToDictionary(s => s.Key.ToString(), s => s.Count),
            new PagedResult<BatchLineResponse>
            {
                Items = page.Select(l => new BatchLineResponse(
                    l.StudentId,
                    caller.CanSeeFullNationalIds ? l.NationalId : NationalId.Mask(l.NationalId),
                    l.Name,
                    l.SchoolCode,
                    l.TownshipCode,
                    l.Amount,
                    l.Rule,
                    l.Status.ToString(),
                    l.Note,
                    l.BankReference)).ToList(),
                Page = request.Page,
                PageSize = request.PageSize,
                Total = byStatus.Sum(s => s.Count),
            });
    }
}
