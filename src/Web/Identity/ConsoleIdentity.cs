using EduRelief.SharedKernel.Identity;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection;
using EduRelief.Web.Export;
using EduRelief.Web.Requests;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EduRelief.Web.Identity;

public static class ConsoleIdentity
{
    /// <summary>The circuit's caller for <see cref="ICallerContext"/> and the pages' sender; registered by the Host with the console.</summary>
    public static IServiceCollection AddConsoleServices(this IServiceCollection services)
    {
        services.TryAddScoped<CircuitCaller>();
        services.AddScoped<CircuitHandler, CircuitCallerHandler>();
        services.AddScoped<PageSender>();
        return services;
    }
}
