namespace EduRelief.SharedKernel.Modules;

/// <summary>
/// A module's background job. Implementations must be idempotent and safe when two runs overlap.
/// The returned text says what the run changed; it is shown as the job's last result.
/// </summary>
public interface IRecurringJob
{
    Task<string> RunAsync(CancellationToken cancellationToken);
}
