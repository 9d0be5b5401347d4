namespace EduRelief.SharedKernel.Periods;

/// <summary>Which years are locked as reported. Reporting keeps them; with Reporting switched off no year is locked.</summary>
public interface IPeriodLocks
{
    Task<bool> IsLockedAsync(int year, CancellationToken cancellationToken);
}
