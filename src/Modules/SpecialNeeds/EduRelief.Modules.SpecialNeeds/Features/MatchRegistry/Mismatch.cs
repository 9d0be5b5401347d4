using EduRelief.Contracts.Registry;

namespace EduRelief.Modules.SpecialNeeds.Features.MatchRegistry;

/// <summary>One child to follow up: what the register says and what the Registry says, where each has the child.</summary>
internal sealed record Mismatch(
    MismatchKind Kind,
    string NationalId,
    string Name,
    string TownshipCode,
    string? SchoolCode,
    Guid? ChildId,
    Guid? StudentId,
    DisabilityDto? Register,
    DisabilityDto? Registry);
