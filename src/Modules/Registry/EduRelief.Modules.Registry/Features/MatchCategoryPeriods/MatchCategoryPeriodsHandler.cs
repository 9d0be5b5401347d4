using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.MatchCategoryPeriods;

/// <summary>A category's periods for students, county-wide by design (the contract says why): one query per thousand students.</summary>
internal sealed class MatchCategoryPeriodsHandler(RegistryDbContext db) : IRequestHandler<MatchCategoryPeriodsQuery, IReadOnlyList<CategoryPeriodDto>>
{
    private const int Batch = 1000;

    public async Task<IReadOnlyList<CategoryPeriodDto>> Handle(MatchCategoryPeriodsQuery request, CancellationToken cancellationToken)
    {
        var periods = new List<CategoryPeriodDto>();
        foreach (var chunk in request.StudentIds.Distinct().Chunk(Batch))
        {
            periods.AddRange(await db.CategoryPeriods.AsNoTracking()
                .Where(p => p.Category == request.Category && chunk.Contains(p.StudentId))
                .Select(p => new CategoryPeriodDto { StudentId = p.StudentId, StartedOn = p.StartedOn, StartSource = p.StartSource, EndedOn = p.EndedOn, EndSource = p.EndSource })
                .ToListAsync(cancellationToken));
        }

        return periods;
    }
}
