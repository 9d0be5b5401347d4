using EduRelief.Modules.SchoolConstruction.Data;
using EduRelief.Modules.SchoolConstruction.Domain;
using EduRelief.SharedKernel.Errors;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SchoolConstruction.Features.Shared;

/// <summary>Aggregates loaded whole, or a 404.</summary>
internal static class ConstructionQueries
{
    public static async Task<Building> FindBuildingAsync(this SchoolConstructionDbContext db, Guid id, CancellationToken cancellationToken, bool tracked = true)
    {
        var buildings = tracked ? db.Buildings : db.Buildings.AsNoTracking();
        return await buildings.Include(b => b.Appraisals).FirstOrDefaultAsync(b => b.Id == id, cancellationToken)
            ?? throw new NotFoundException("Building", id.ToString());
    }

    public static async Task<Project> FindProjectAsync(this SchoolConstructionDbContext db, string code, CancellationToken cancellationToken, bool tracked = true)
    {
        var projects = tracked ? db.Projects : db.Projects.AsNoTracking();
        return await projects.Include(p => p.BudgetLines).Include(p => p.Spending).Include(p => p.Moves).Include(p => p.Removals)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Code == code, cancellationToken)
            ?? throw new NotFoundException("Project", code);
    }
}
