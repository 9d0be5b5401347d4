using EduRelief.Modules.Subsidies.Catalogue;
using EduRelief.Modules.Subsidies.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.ListProgrammes;

internal sealed class ListProgrammesHandler(SubsidiesDbContext db) : IRequestHandler<ListProgrammesQuery, IReadOnlyList<ProgrammeResponse>>
{
    public async Task<IReadOnlyList<ProgrammeResponse>> Handle(ListProgrammesQuery request, CancellationToken cancellationToken)
    {
        var programmes = await db.Programmes.AsNoTracking().Include(p => p.Rates).ThenInclude(r => r.Lines).ToListAsync(cancellationToken);
        var budgets = (await db.Budgets.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(b => b.Programme);
        return programmes
            .OrderBy(p => p.Code)
            .Select(p => new ProgrammeResponse(
                p.Code,
                p.Name,
                p.Delivery.ToString(),
                EligibilityRules.Describe(p.Code),
                p.Rates.OrderBy(r => r.EffectiveFrom)
                    .Select(r => new RateResponse(r.EffectiveFrom, r.SetBy, r.Lines.Select(l => new RateLineResponse(l.Stage, l.Boarding, l.AmountPerTerm, l.PerDay, l.SchoolDaysPerTerm)).ToList()))
                    .ToList(),
                budgets[p.Code].OrderBy(b => b.Year).Select(b => new BudgetResponse(b.Year, b.Amount)).ToList()))
            .ToList();
    }
}
