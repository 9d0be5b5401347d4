namespace EduRelief.Host.Demo.County;

/// <summary>The county's buildings, construction projects and equipment records.</summary>
internal sealed record ConstructionPlan(IReadOnlyList<PlannedBuilding> Buildings, IReadOnlyList<PlannedProject> Projects, IReadOnlyList<PlannedEquipment> Equipment);
