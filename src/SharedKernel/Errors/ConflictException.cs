namespace EduRelief.SharedKernel.Errors;

/// <summary>Thrown when a change collides with existing data (duplicate natural key, stale version). Becomes a 409 problem.</summary>
public sealed class ConflictException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
