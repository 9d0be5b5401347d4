namespace EduRelief.Tests.Messaging.Support;

/// <summary>The change a test module makes; its event reports it.</summary>
internal sealed class Note
{
    public int Id { get; set; }

    public required string Text { get; set; }
}
