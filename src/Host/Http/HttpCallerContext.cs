using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Http;

/// <summary>The caller of the current request; background work outside a request runs as <c>system</c>.</summary>
internal sealed class HttpCallerContext(IHttpContextAccessor accessor) : ICallerContext
{
    public string UserName => accessor.HttpContext is { } context
        ? context.User.Identity?.Name ?? "anonymous"
        : "system";
}
