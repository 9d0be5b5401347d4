using EduRelief.SharedKernel.Messaging;
using MediatR;

namespace EduRelief.ArchitectureTests.Support;

/// <summary>
/// MediatR roles by reflection over every interface a type has, inherited ones included
/// (NetArchTest's ImplementInterface sees only the interfaces a type declares itself).
/// </summary>
internal static class Messages
{
    public static bool IsRequest(Type type) =>
        IsConcrete(type) && type.GetInterfaces().Any(i => i == typeof(IRequest) || IsGeneric(i, typeof(IRequest<>)));

    public static bool IsNotification(Type type) =>
        IsConcrete(type) && type.GetInterfaces().Contains(typeof(INotification));

    public static bool IsHandler(Type type) =>
        type.IsClass && type.GetInterfaces().Any(i =>
            IsGeneric(i, typeof(IRequestHandler<,>)) || IsGeneric(i, typeof(IRequestHandler<>)) || IsGeneric(i, typeof(INotificationHandler<>)));

    /// <summary>Marked as changing data: implements <see cref="ICommand{TResponse}"/>.</summary>
    public static bool IsCommand(Type type) => type.GetInterfaces().Any(i => IsGeneric(i, typeof(ICommand<>)));

    /// <summary>Marked as only reading: implements <see cref="IQuery{TResponse}"/>.</summary>
    public static bool IsQuery(Type type) => type.GetInterfaces().Any(i => IsGeneric(i, typeof(IQuery<>)));

    /// <summary>Reads the county's organisation, open to every signed-in user: implements <see cref="IDirectoryQuery{TResponse}"/>.</summary>
    public static bool IsDirectoryQuery(Type type) => type.GetInterfaces().Any(i => IsGeneric(i, typeof(IDirectoryQuery<>)));

    public static IReadOnlyList<Type> TypesIn(IEnumerable<System.Reflection.Assembly> assemblies, Func<Type, bool> role) =>
        assemblies.SelectMany(Assemblies.WrittenTypes).Where(role).OrderBy(t => t.FullName, StringComparer.Ordinal).ToList();

    private static bool IsConcrete(Type type) => !type.IsInterface && !type.IsAbstract;

    private static bool IsGeneric(Type candidate, Type openGeneric) =>
        candidate.IsGenericType && candidate.GetGenericTypeDefinition() == openGeneric;
}
