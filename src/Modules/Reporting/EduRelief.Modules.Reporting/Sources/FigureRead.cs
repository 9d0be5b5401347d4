using EduRelief.SharedKernel.Figures;
using MediatR;

namespace EduRelief.Modules.Reporting.Sources;

/// <summary>Which of a module's figures answers one summary key, and the module's query for the records behind it.</summary>
internal sealed record FigureRead<TFigures>(string Key, Func<TFigures, decimal?> Value, Func<int, IRequest<FigureRecords>> Records);
