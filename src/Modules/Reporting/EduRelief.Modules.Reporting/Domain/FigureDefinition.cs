using EduRelief.SharedKernel.Localization;

namespace EduRelief.Modules.Reporting.Domain;

/// <summary>One figure of the summary: its key (API.md), where the document puts it, its label and what it counts.</summary>
internal sealed record FigureDefinition(string Key, ReportSection Section, UserText Label, FigureUnit Unit)
{
    /// <summary>The unit as the API names it: <c>personTimes</c>.</summary>
    public string UnitCode => char.ToLowerInvariant(Unit.ToString()[0]) + Unit.ToString()[1..];
}
