namespace EduRelief.SharedKernel.Modules;

/// <summary>Work a module does once at start, after every database is migrated and before requests are served.</summary>
public interface IModuleStartupTask
{
    Task RunAsync(CancellationToken cancellationToken);
}
