namespace EduRelief.Host.Demo.InProcess;

/// <summary>
/// Puts a pass-through step in front of the pipeline the Host builds at start: what follows it is the whole pipeline,
/// which <see cref="InProcessPipeline"/> keeps.
/// </summary>
internal sealed class PipelineCapture(InProcessPipeline pipeline) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(rest =>
        {
            pipeline.Keep(rest);
            return rest;
        });
        next(app);
    };
}
