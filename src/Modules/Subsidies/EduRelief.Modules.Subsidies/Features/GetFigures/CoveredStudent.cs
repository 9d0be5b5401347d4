using EduRelief.Modules.Subsidies.Features.Shared;

namespace EduRelief.Modules.Subsidies.Features.GetFigures;

/// <summary>A student the programme is for in the year, and whether they hold a paid award in it.</summary>
internal sealed record CoveredStudent(EligibleStudent Student, bool Paid);
