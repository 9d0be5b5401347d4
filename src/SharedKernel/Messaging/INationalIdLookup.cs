namespace EduRelief.SharedKernel.Messaging;

/// <summary>
/// A query that looks for records by a full national ID the caller typed. To a caller who sees IDs masked, an
/// answer says whether that ID exists: enough guesses would rebuild a masked ID, so the lookups that find nothing
/// are counted and limited per user (ADR 10).
/// </summary>
public interface INationalIdLookup<in TResponse>
{
    /// <summary>The national ID looked for, or null when this request looks for none.</summary>
    string? SoughtNationalId { get; }

    bool FoundAny(TResponse response);
}
