using EduRelief.SharedKernel.Figures;

namespace EduRelief.Modules.Reporting.Sources;

/// <summary>One module's <c>/figures</c> query, read into the summary's keys, and its queries for the records behind each.</summary>
internal interface IFigureSource
{
    /// <summary>The module that answers, as the module switch and Access name it.</summary>
    string Module { get; }

    IReadOnlyList<string> Keys { get; }

    Task<IReadOnlyDictionary<string, decimal?>> ReadAsync(int year, CancellationToken cancellationToken);

    Task<FigureRecords> RecordsAsync(string key, int year, CancellationToken cancellationToken);
}
