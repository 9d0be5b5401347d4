namespace EduRelief.Host.Demo.InProcess;

/// <summary>
/// The Host's whole request pipeline (routing, authentication, authorization, problem details, every module's
/// endpoints), kept when the Host starts so the demo generator can send the users' own requests without a network.
/// </summary>
internal sealed class InProcessPipeline
{
    private RequestDelegate? _pipeline;

    public RequestDelegate Pipeline => _pipeline
        ?? throw new InvalidOperationException("The Host has not started yet: its request pipeline is built when it starts.");

    public void Keep(RequestDelegate pipeline) => _pipeline = pipeline;
}
