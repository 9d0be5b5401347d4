using EduRelief.Contracts.Registry;

namespace EduRelief.Modules.Registry.Features.Shared;

/// <summary>What a student row needs of its school: its code, its township's code, its stage and location class.</summary>
internal sealed record SchoolPlace(string SchoolCode, string TownshipCode, Stage Stage, SchoolLocation Location);
