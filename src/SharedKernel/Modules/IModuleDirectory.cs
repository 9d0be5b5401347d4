namespace EduRelief.SharedKernel.Modules;

/// <summary>The modules this deployable ships (switched on or off), as the Host found them; e.g. to check a user's module scope.</summary>
public interface IModuleDirectory
{
    IReadOnlyList<string> Names { get; }

    /// <summary>Whether <paramref name="module"/> is shipped and switched on, so its requests have handlers.</summary>
    bool IsEnabled(string module);
}
