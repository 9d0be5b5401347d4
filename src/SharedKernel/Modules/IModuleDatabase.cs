namespace EduRelief.SharedKernel.Modules;

/// <summary>A module's own database, as the Host sees it: migrated at start and checked by <c>/health</c>.</summary>
public interface IModuleDatabase
{
    string ModuleName { get; }

    Task MigrateAsync(CancellationToken cancellationToken);

    Task<bool> CanConnectAsync(CancellationToken cancellationToken);
}
