using EduRelief.BuildingBlocks.Messaging;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Features.CreateTownship;
using EduRelief.Modules.Registry.Features.GetStudentFile;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Errors;
using EduRelief.Tests.Messaging.Support;
using MediatR;
using Microsoft.Extensions.Time.Testing;

namespace EduRelief.Tests.Messaging;

/// <summary>Authorization and audit decide by a request's marker (<c>ICommand&lt;&gt;</c>, <c>IQuery&lt;&gt;</c>), not by its name.</summary>
public sealed class RequestMarkerTests
{
    private readonly ReadOnlyCaller _caller = new();
    private readonly RecordingAuditTrail _trail = new();
    private int _handled;

    [Fact]
    public async Task A_command_needs_the_write_right()
    {
        var authorization = new AuthorizationBehavior<CreateTownshipCommand, TownshipDto>(_caller);

        await Assert.ThrowsAsync<ForbiddenException>(() => authorization.Handle(new CreateTownshipCommand(), CancellationToken.None, Next<TownshipDto>));
        Assert.Equal(0, _handled);
    }

    [Fact]
    public async Task A_query_needs_only_the_read_right()
    {
        var authorization = new AuthorizationBehavior<ListTownshipsQuery, IReadOnlyList<TownshipDto>>(_caller);

        await authorization.Handle(new ListTownshipsQuery(), CancellationToken.None, Next<IReadOnlyList<TownshipDto>>);
        Assert.Equal(1, _handled);
    }

    [Fact]
    public async Task A_directory_query_needs_only_a_signed_in_caller()
    {
        var query = new FindUnknownPlacesQuery([], []);

        await new AuthorizationBehavior<FindUnknownPlacesQuery, UnknownPlaces>(new ReadOnlyCaller(readsData: false)).Handle(query, CancellationToken.None, Next<UnknownPlaces>);
        var anonymous = new AuthorizationBehavior<FindUnknownPlacesQuery, UnknownPlaces>(new ReadOnlyCaller(signedIn: false, readsData: false));
        await Assert.ThrowsAsync<ForbiddenException>(() => anonymous.Handle(query, CancellationToken.None, Next<UnknownPlaces>));
        Assert.Equal(1, _handled);
    }

    [Fact]
    public async Task Every_command_is_audited_and_a_query_only_when_it_asks()
    {
        await Audit<CreateTownshipCommand, TownshipDto>(new CreateTownshipCommand());
        await Audit<ListTownshipsQuery, IReadOnlyList<TownshipDto>>(new ListTownshipsQuery());
        await Audit<GetStudentFileQuery, StudentFileResponse>(new GetStudentFileQuery(Guid.Empty));

        Assert.Equal(["CreateTownshipCommand", "GetStudentFileQuery"], _trail.Records.Select(r => r.Action));
        Assert.All(_trail.Records, r => Assert.Equal(AuditOutcome.Succeeded, r.Outcome));
    }

    [Fact]
    public async Task A_request_with_no_marker_is_refused_before_its_handler()
    {
        var authorization = new AuthorizationBehavior<UnmarkedRequest, int>(_caller);
        var audit = new AuditBehavior<UnmarkedRequest, int>(_caller, [_trail], new FakeTimeProvider());

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => authorization.Handle(new UnmarkedRequest(), CancellationToken.None, Next<int>));
        Assert.Contains(typeof(UnmarkedRequest).FullName!, refused.Message, StringComparison.Ordinal);
        refused = await Assert.ThrowsAsync<InvalidOperationException>(() => audit.Handle(new UnmarkedRequest(), CancellationToken.None, Next<int>));
        Assert.Contains(typeof(UnmarkedRequest).FullName!, refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, _handled);
    }

    [Fact]
    public async Task A_request_marked_both_command_and_query_is_refused()
    {
        var authorization = new AuthorizationBehavior<DoublyMarkedRequest, int>(_caller);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => authorization.Handle(new DoublyMarkedRequest(), CancellationToken.None, Next<int>));
        Assert.Contains(nameof(DoublyMarkedRequest), refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, _handled);
    }

    private Task<TResponse> Audit<TRequest, TResponse>(TRequest request) =>
        new AuditBehavior<TRequest, TResponse>(_caller, [_trail], new FakeTimeProvider()).Handle(request, CancellationToken.None, Next<TResponse>);

    private Task<TResponse> Next<TResponse>()
    {
        _handled++;
        return Task.FromResult(default(TResponse)!);
    }
}
