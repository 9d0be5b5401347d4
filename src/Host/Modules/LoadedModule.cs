using EduRelief.SharedKernel.Modules;

namespace EduRelief.Host.Modules;

/// <summary>A module the Host found, and whether configuration switched it on.</summary>
internal sealed record LoadedModule(IModule Module, bool Enabled)
{
    public string Name => Module.Name;
}
