using EduRelief.Modules.Subsidies.Data;
using EduRelief.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Catalogue;

/// <summary>Puts each programme the catalogue lacks in, with its default rate; programmes already there are left alone.</summary>
internal sealed class CatalogueSeeder(SubsidiesDbContext db) : IModuleStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var known = await db.Programmes.Select(p => p.Code).ToListAsync(cancellationToken);
        db.Programmes.AddRange(DefaultCatalogue.Programmes().Where(p => !known.Contains(p.Code)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
