using EduRelief.BuildingBlocks.Persistence;
using EduRelief.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.BuildingBlocks.Persistence;

/// <summary>Applies a module's EF Core migrations and answers whether its database is reachable.</summary>
public sealed class ModuleDatabase<TContext>(string moduleName, IServiceScopeFactory scopes) : IModuleDatabase
    where TContext : DbContext, IOutboxDbContext
{
    public string ModuleName { get; } = moduleName;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<bool> CanConnectAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        return await db.Database.CanConnectAsync(cancellationToken).ConfigureAwait(false);
    }
}
