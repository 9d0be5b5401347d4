using EduRelief.Host.Demo.InProcess;

namespace EduRelief.Host.Demo;

internal static class DemoRegistration
{
    /// <summary>The generator and the in-process pipeline it sends through.</summary>
    public static IServiceCollection AddDemoCounty(this IServiceCollection services)
    {
        services.AddSingleton<InProcessPipeline>();
        services.AddTransient<IStartupFilter, PipelineCapture>();
        services.AddSingleton<SeedCountyGenerator>();
        return services;
    }
}
