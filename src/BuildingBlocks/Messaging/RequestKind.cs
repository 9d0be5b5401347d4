using EduRelief.SharedKernel.Messaging;

namespace EduRelief.BuildingBlocks.Messaging;

/// <summary>Whether a request changes data or only reads it, as its marker says (<see cref="ICommand{TResponse}"/> or <see cref="IQuery{TResponse}"/>).</summary>
internal static class RequestKind
{
    /// <summary>
    /// True for a command, false for a query. A request marked neither or both is a programming error, refused
    /// rather than let through as a read: it could otherwise change data with only the read right and no audit.
    /// </summary>
    public static bool IsCommand<TRequest, TResponse>(TRequest request) => request switch
    {
        ICommand<TResponse> and IQuery<TResponse> => throw new InvalidOperationException(
            $"{typeof(TRequest).FullName} is marked both ICommand<> and IQuery<>: a request either changes data or only reads it."),
        ICommand<TResponse> => true,
        IQuery<TResponse> => false,
        _ => throw new InvalidOperationException(
            $"{typeof(TRequest).FullName} implements neither ICommand<> nor IQuery<>: mark it, so authorization and audit know whether it changes data."),
    };
}
