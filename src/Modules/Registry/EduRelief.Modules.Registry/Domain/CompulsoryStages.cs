using EduRelief.Contracts.Registry;

namespace EduRelief.Modules.Registry.Domain;

/// <summary>义务教育 — the compulsory stages: primary and junior secondary schools.</summary>
internal static class CompulsoryStages
{
    public static IReadOnlyList<Stage> All { get; } = [Stage.Primary, Stage.JuniorSecondary];
}
