using EduRelief.SharedKernel.Primitives;
using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.BuildingBlocks.Outbox;

/// <summary>How outbox messages are written and read back: JSON, with the type named without its version.</summary>
public static class OutboxSerializer
{
    private static readonly ConcurrentDictionary<string, Type> TypesByName = new(StringComparer.Ordinal);

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly ConcurrentDictionary<Type, string> NamesByType = new();

    /// <summary>Cached: an import writes one message per student, and reading the assembly name costs more than the JSON.</summary>
    public static string TypeName(Type type) => NamesByType.GetOrAdd(type, t => $"{t.FullName}, {t.Assembly.GetName().Name}");

    public static OutboxMessage Create(object message, DateTimeOffset occurredAt)
    {
        var type = message.GetType();
        return new OutboxMessage
        {
            MessageId = message is IIntegrationEvent e ? e.EventId : TimeOrderedId.Next(occurredAt),
            Type = TypeName(type),
            Payload = JsonSerializer.Serialize(message, type, Options),
            OccurredAt = occurredAt,
        };
    }

    public static object Deserialize(OutboxMessage message)
    {
        var type = TypesByName.GetOrAdd(
            message.Type,
            name => System.Type.GetType(name, throwOnError: true)!);
        return JsonSerializer.Deserialize(message.Payload, type, Options)
            ?? throw new InvalidOperationException($"Outbox message {message.MessageId} has an empty payload.");
    }
}
