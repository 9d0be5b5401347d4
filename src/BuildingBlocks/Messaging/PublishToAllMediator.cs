using MediatR;

namespace EduRelief.BuildingBlocks.Messaging;

/// <summary>
/// MediatR 5.1.0 stops publishing at the first failing handler. This mediator runs every handler and then
/// reports all failures together, so one broken receiver never starves the others.
/// </summary>
public sealed class PublishToAllMediator(ServiceFactory serviceFactory) : Mediator(serviceFactory)
{
    // A guard against an enumerator that would fail forever without moving on.
    private const int MaxFailures = 1000;

    protected override async Task PublishCore(IEnumerable<Task> allHandlers)
    {
        List<Exception>? failures = null;
        using var handlers = allHandlers.GetEnumerator();
        while (true)
        {
            Task handler;
            try
            {
                if (!handlers.MoveNext())
                {
                    break;
                }

                handler = handlers.Current;
            }
            catch (Exception ex) when (failures is not { Count: >= MaxFailures })
            {
                // A handler that throws before returning its task surfaces here. MediatR builds the tasks with a
                // Select over the resolved handlers, whose iterator has already moved on, so the rest still run.
                (failures ??= []).Add(ex);
                continue;
            }

            try
            {
                await handler.ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                (failures ??= []).Add(ex);
            }
        }

        if (failures is { Count: 1 })
        {
            throw failures[0];
        }

        if (failures is { Count: > 1 })
        {
            throw new AggregateException("Several handlers failed.", failures);
        }
    }
}
