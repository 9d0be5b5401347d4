using EduRelief.Contracts.Registry;
using MediatR;

namespace EduRelief.Bench;

/// <summary>The Registry's answer to <see cref="ListSchoolsQuery"/> for the facilities bench: its schools, from memory, so only the refresh is timed.</summary>
internal sealed class RegistrySchoolList(IReadOnlyList<SchoolDto> schools) : IMediator
{
    public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default) =>
        request is ListSchoolsQuery ? Task.FromResult((TResponse)(object)schools) : throw new NotSupportedException(request.GetType().Name);

    public Task Send(IRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException(request.GetType().Name);

    public Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification => Task.CompletedTask;
}
