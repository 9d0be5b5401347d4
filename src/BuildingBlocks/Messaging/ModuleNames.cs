namespace EduRelief.BuildingBlocks.Messaging;

/// <summary>Which module a message belongs to, read from its namespace (<c>EduRelief.Modules.X…</c> or <c>EduRelief.Contracts.X…</c>).</summary>
public static class ModuleNames
{
    public static string? Of(Type messageType)
    {
        var parts = messageType.Namespace?.Split('.');
        return parts is ["EduRelief", "Modules" or "Contracts", var module, ..] ? module : null;
    }
}
