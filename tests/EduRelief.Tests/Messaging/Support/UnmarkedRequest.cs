using MediatR;

namespace EduRelief.Tests.Messaging.Support;

/// <summary>A request that says neither whether it changes data nor that it only reads: the pipeline must refuse it.</summary>
internal sealed record UnmarkedRequest : IRequest<int>;
