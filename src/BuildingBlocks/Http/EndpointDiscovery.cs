using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.BuildingBlocks.Http;

public static class EndpointDiscovery
{
    /// <summary>Maps every <see cref="IEndpoint"/> in <paramref name="moduleAssembly"/> under <c>/api/&lt;prefix&gt;</c>.</summary>
    public static RouteGroupBuilder MapModuleEndpoints(this IEndpointRouteBuilder endpoints, string routePrefix, string tag, Assembly moduleAssembly)
    {
        var group = endpoints.MapGroup("/api/" + routePrefix).WithTags(tag);
        var features = moduleAssembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IEndpoint).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var feature in features)
        {
            ((IEndpoint)Activator.CreateInstance(feature, nonPublic: true)!).Map(group);
        }

        return group;
    }

}
