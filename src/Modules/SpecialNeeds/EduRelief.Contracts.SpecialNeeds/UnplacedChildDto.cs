namespace EduRelief.Contracts.SpecialNeeds;

/// <summary>A school-age child on the register with no plan in a school mode; the national ID masked for a caller who may not see it in full.</summary>
public sealed record UnplacedChildDto(Guid ChildId, string NationalId, string Name, string TownshipCode, string? Mode);
