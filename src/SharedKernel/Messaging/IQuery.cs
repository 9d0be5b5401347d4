using MediatR;

namespace EduRelief.SharedKernel.Messaging;

/// <summary>
/// A request that only reads: it needs the right to read its module's data and is audited only when it also
/// implements <see cref="Auditing.IAudited"/> (a sensitive read). A handler of a query changes nothing.
/// </summary>
public interface IQuery<out TResponse> : IRequest<TResponse>;
