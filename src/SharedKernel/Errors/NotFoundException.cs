using EduRelief.SharedKernel.Localization;

namespace EduRelief.SharedKernel.Errors;

/// <summary>Thrown when a record named by the caller does not exist (or is outside the caller's scope). Becomes a 404 problem.</summary>
public sealed class NotFoundException(string resource, string key)
    : Exception(ResourceNames.NotFound(resource, key))
{
    public string Resource { get; } = resource;

    public string Key { get; } = key;
}
