using EduRelief.Contracts.Registry;

namespace EduRelief.Host.Demo.County;

/// <summary>A school; <see cref="Boarding"/> says it has dormitories, <see cref="VillageCode"/> the village a village school stands in.</summary>
internal sealed record PlannedSchool(string Code, string Name, string TownshipCode, string? VillageCode, Stage Stage, SchoolLocation Location, bool Boarding)
{
    /// <summary>Its classrooms, set once its pupils are placed: one for every 42 pupils or part of it.</summary>
    public int Classrooms { get; set; } = 1;

    public int Pupils { get; set; }

    public bool Rural => Location is SchoolLocation.Rural or SchoolLocation.Remote;

    public bool Compulsory => Stage is Stage.Primary or Stage.JuniorSecondary;
}
