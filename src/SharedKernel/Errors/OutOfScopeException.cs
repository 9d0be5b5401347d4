using EduRelief.SharedKernel.Localization;

namespace EduRelief.SharedKernel.Errors;

/// <summary>
/// The record exists but lies outside the caller's townships or schools. Answered exactly like a missing record
/// (404), so its existence does not leak, and audited as a refusal.
/// </summary>
public sealed class OutOfScopeException(string resource, string key)
    : Exception(ResourceNames.NotFound(resource, key))
{
    public string Resource { get; } = resource;

    public string Key { get; } = key;
}
