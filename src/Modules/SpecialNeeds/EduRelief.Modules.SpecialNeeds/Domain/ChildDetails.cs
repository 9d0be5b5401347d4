using EduRelief.Contracts.Registry;

namespace EduRelief.Modules.SpecialNeeds.Domain;

/// <summary>What the federation's list says of one child, checked: a valid national ID, a known township and village.</summary>
internal sealed record ChildDetails(
    string NationalId, string Name, string TownshipCode, string? VillageCode, DisabilityCategory Category, int Grade, string Guardian, string Source);
