namespace EduRelief.Modules.Reporting.Sources;

/// <summary>Which of a module's figures answers one summary key.</summary>
internal sealed record FigureRead<TFigures>(string Key, Func<TFigures, decimal?> Value);
