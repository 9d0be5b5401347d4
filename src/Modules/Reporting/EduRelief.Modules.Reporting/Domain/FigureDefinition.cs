using EduRelief.SharedKernel.Localization;

namespace EduRelief.Modules.Reporting.Domain;

/// <summary>One figure of the summary: its key (API.md), where the document puts it, its label and what it counts.</summary>
internal sealed record FigureDefinition(string Key, ReportSection Section, UserText Label, FigureUnit Unit);
