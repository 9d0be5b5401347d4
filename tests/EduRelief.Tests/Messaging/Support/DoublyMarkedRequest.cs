using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Tests.Messaging.Support;

/// <summary>A request that claims both to change data and only to read it: the pipeline must refuse it.</summary>
internal sealed record DoublyMarkedRequest : ICommand<int>, IQuery<int>;
