using Microsoft.AspNetCore.Http.Features;

namespace EduRelief.Host.Demo.InProcess;

/// <summary>A response kept in memory; what middleware asked to run when it starts or completes runs when the pipeline is done.</summary>
internal sealed class InProcessResponse : HttpResponseFeature
{
    private readonly List<(Func<object, Task> Callback, object State)> _starting = [];
    private readonly List<(Func<object, Task> Callback, object State)> _completed = [];

    public override void OnStarting(Func<object, Task> callback, object state) => _starting.Add((callback, state));

    public override void OnCompleted(Func<object, Task> callback, object state) => _completed.Add((callback, state));

    public async Task StartAsync()
    {
        // Registered last runs first, as a server runs them.
        for (var i = _starting.Count - 1; i >= 0; i--)
        {
            await _starting[i].Callback(_starting[i].State);
        }

        _starting.Clear();
    }

    public async Task CompleteAsync()
    {
        for (var i = _completed.Count - 1; i >= 0; i--)
        {
            await _completed[i].Callback(_completed[i].State);
        }

        _completed.Clear();
    }
}
