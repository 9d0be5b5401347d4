using EduRelief.Modules.SpecialNeeds.Domain;

namespace EduRelief.Modules.SpecialNeeds.Features.ImportChildren;

/// <summary>A row whose cells are each well formed; its places are checked against the Registry next.</summary>
internal sealed record ParsedChildRow(int Line, ChildDetails Details);
