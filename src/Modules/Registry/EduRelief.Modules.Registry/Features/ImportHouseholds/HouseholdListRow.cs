using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Domain;

namespace EduRelief.Modules.Registry.Features.ImportHouseholds;

/// <summary>One checked line of the poverty data platform's household list.</summary>
internal sealed record HouseholdListRow(string HouseholdId, HardshipCategory Category, DateOnly EffectiveOn, HouseholdStatus Status);
