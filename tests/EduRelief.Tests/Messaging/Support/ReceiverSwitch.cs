namespace EduRelief.Tests.Messaging.Support;

internal sealed class ReceiverSwitch
{
    public bool FirstFails { get; set; }
}
