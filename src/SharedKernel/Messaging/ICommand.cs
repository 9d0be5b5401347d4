using MediatR;

namespace EduRelief.SharedKernel.Messaging;

/// <summary>
/// A request that changes data: it needs the right to change its module's data and is always audited. Marked on
/// the type, not read from its name, so whether a request writes is declared where it is written and checked by
/// the compiler and the architecture tests.
/// </summary>
public interface ICommand<out TResponse> : IRequest<TResponse>;
