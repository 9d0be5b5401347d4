using EduRelief.Modules.SchoolConstruction.Data;
using EduRelief.Modules.SchoolConstruction.Features.GetProject;
using EduRelief.Modules.SchoolConstruction.Features.Shared;
using EduRelief.SharedKernel.Identity;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SchoolConstruction.Features.ListSpending;

/// <summary>The spending a list filter keeps, in the caller's scope, by day.</summary>
internal static class SpendingRows
{
    public static IQueryable<SpendingResponse> Matching(SchoolConstructionDbContext db, DataScope scope, ListSpendingQuery request)
    {
        var projects = db.Projects.AsNoTracking().InScope(scope);
        if (request.ProjectCode is { Length: > 0 } code)
        {
            projects = projects.Where(p => p.Code == code);
        }

        var spending = projects.SelectMany(p => p.Spending, (p, s) => new { p.Code, p.SchoolCode, Spending = s });
        if (request.Year is { } year)
        {
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            spending = spending.Where(x => x.Spending.SpentOn >= from && x.Spending.SpentOn <= to);
        }

        return spending.OrderBy(x => x.Spending.SpentOn).ThenBy(x => x.Spending.Id)
            .Select(x => new SpendingResponse(x.Spending.Id, x.Code, x.SchoolCode, x.Spending.SpentOn, x.Spending.Amount, x.Spending.Purpose, x.Spending.RecordedBy));
    }
}
