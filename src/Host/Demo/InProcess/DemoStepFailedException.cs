namespace EduRelief.Host.Demo.InProcess;

/// <summary>A module refused what the generator sent: the generator's plan and the module's rules disagree.</summary>
internal sealed class DemoStepFailedException(string message) : Exception(message);
