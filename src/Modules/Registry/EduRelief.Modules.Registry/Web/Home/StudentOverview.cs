using EduRelief.Web.Charts;

namespace EduRelief.Modules.Registry.Web.Home;

/// <summary>The home card's counts, handed from the prerendered page to the circuit.</summary>
internal sealed record StudentOverview(int All, int LeftBehind, int Disabled, IReadOnlyList<ChartPoint> ByCategory);
