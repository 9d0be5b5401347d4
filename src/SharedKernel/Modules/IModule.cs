using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.SharedKernel.Modules;

/// <summary>
/// The one public entry point of a program module. The Host discovers every implementation in the
/// <c>EduRelief.Modules.*</c> assemblies it ships and drives it through these three steps.
/// </summary>
public interface IModule
{
    /// <summary>The module's name as used in configuration (<c>Modules:&lt;Name&gt;:Enabled</c>).</summary>
    string Name { get; }

    /// <summary>The kebab-case segment under <c>/api</c> that the module's endpoints live in.</summary>
    string RoutePrefix { get; }

    void Register(IServiceCollection services, IConfiguration configuration);

    void MapEndpoints(IEndpointRouteBuilder endpoints);

    IReadOnlyCollection<RecurringJobDefinition> RecurringJobs { get; }
}
