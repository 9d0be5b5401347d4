using EduRelief.Contracts.Subsidies;
using EduRelief.Modules.Subsidies.Data;
using EduRelief.Modules.Subsidies.Domain;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Primitives;
using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.ListBatches;

/// <summary>
/// The batches, newest term first. Each one's line count and total are of the lines in the caller's scope, as
/// GetBatch counts them: township and school staff do not learn the county's totals from the list.
/// </summary>
internal sealed class ListBatchesHandler(SubsidiesDbContext db, ICallerContext caller) : IRequestHandler<ListBatchesQuery, PagedResult<BatchSummaryResponse>>
{
    public async Task<PagedResult<BatchSummaryResponse>> Handle(ListBatchesQuery request, CancellationToken cancellationToken)
    {
        var batches = db.Batches.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.ProgrammeCode))
        {
            var programme = EnumCodes.Parse<ProgrammeCode>(request.ProgrammeCode);
            batches = batches.Where(b => b.Programme == programme);
        }

        if (!string.IsNullOrWhiteSpace(request.Term))
        {
            var term = Term.Parse(request.Term).ToString();
            batches = batches.Where(b => b.Term == term);
        }

        if (request.Year is { } year)
        {
            batches = batches.Where(b => b.Year == year);
        }

        if (!string.IsNullOrWhiteSpace(request.Status))
        {
            var status = EnumCodes.Parse<BatchStatus>(request.Status);
            batches = batches.Where(b => b.Status == status);
        }

        var total = await batches.CountAsync(cancellationToken);
        var page = await batches.OrderByDescending(b => b.Term).ThenBy(b => b.Programme).ThenBy(b => b.Status).ThenBy(b => b.Id)
            .Skip((request.Page - 1) * request.PageSize)
            .Take(request.PageSize)
            .ToListAsync(cancellationToken);
        var totals = await LineTotalsAsync(page.Select(b => b.Id).ToList(), cancellationToken);
        return new PagedResult<BatchSummaryResponse>
        {
            Items = page.Select(b =>
            {
                var (lines, amount) = totals.GetValueOrDefault(b.Id);
                return new BatchSummaryResponse(b.Id, b.Programme, b.Term, b.Status.ToString(), b.CreatedBy, b.CreatedAt, b.ApprovedBy, b.ApprovedAt, lines, amount);
            }).ToList(),
            Page = request.Page,
            PageSize = request.PageSize,
            Total = total,
        };
    }

    /// <summary>Per batch of the page: its lines in scope, and their amount without the excluded ones (as GetBatch totals it).</summary>
    private async Task<Dictionary<Guid, (int Lines, decimal Amount)>> LineTotalsAsync(List<Guid> batchIds, CancellationToken cancellationToken)
    {
        var lines = db.BatchLines.AsNoTracking().Where(l => batchIds.Contains(l.BatchId));
        if (!caller.Scope.All)
        {
            var townships = caller.Scope.TownshipCodes.ToList();
            var schools = caller.Scope.SchoolCodes.ToList();
            lines = lines.Where(l => townships.Contains(l.TownshipCode) || schools.Contains(l.SchoolCode));
        }

        var groups = await lines.GroupBy(l => new { l.BatchId, l.Status })
            .Select(g => new { g.Key.BatchId, g.Key.Status, Count = g.Count(), Amount = g.Sum(l => l.Amount) })
            .ToListAsync(cancellationToken);
        return groups.GroupBy(g => g.BatchId).ToDictionary(
            g => g.Key,
            g => (g.Sum(s => s.Count), g.Where(s => s.Status != LineStatus.Excluded).Sum(s => s.Amount)));
    }
}
